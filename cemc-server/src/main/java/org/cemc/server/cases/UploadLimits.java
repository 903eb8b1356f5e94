package org.cemc.server.cases;

/**
 * Bounds on an uploaded case zip (docs/server.md, "Uploading a case").
 *
 * @param maxUploadBytes the zip itself; more is 413, checked on Content-Length and again while reading
 * @param maxUnpackedBytes all its files unpacked together; more is a zip bomb (400)
 * @param maxRatio unpacked bytes per uploaded byte, looked at once more than {@link #RATIO_FROM_BYTES} are unpacked;
 *     CSV of meter data packs some 5 to 20 times, a bomb thousands of times
 * @param maxEntries files and folders in the zip
 */
public record UploadLimits(long maxUploadBytes, long maxUnpackedBytes, int maxRatio, int maxEntries) {
    /** Below this many unpacked bytes the ratio is not looked at: tiny files pack oddly and can do no harm. */
    public static final long RATIO_FROM_BYTES = 1 << 20;

    public UploadLimits {
        if (maxUploadBytes <= 0 || maxUnpackedBytes <= 0 || maxRatio <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }

    public static UploadLimits defaults() {
        return new UploadLimits(16L << 20, 256L << 20, 200, 2000);
    }
}
