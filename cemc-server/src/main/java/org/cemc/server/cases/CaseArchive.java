package org.cemc.server.cases;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.cemc.input.CaseReader;
import org.cemc.server.http.ApiException;

/**
 * The files of a case folder sent as a zip, read into memory as they stream in: nothing is written to disk.
 * Refused with 400: entries whose path leaves the folder (absolute, {@code ..}, backslashes, drive letters),
 * archives inside the archive, more unpacked bytes or a higher packing ratio than {@link UploadLimits} allows (a zip
 * bomb), and zips without a case.yaml at the top or in one top folder. More uploaded bytes than allowed is 413.
 *
 * @param folder the case folder's name as messages give it: the zip's top folder, or {@code fallbackName}
 * @param files each file by its path inside the case folder
 */
public record CaseArchive(String folder, Map<String, byte[]> files) {
    private static final List<String> ARCHIVE_SUFFIXES = List.of(".zip", ".jar", ".gz", ".tgz", ".tar", ".7z",
            ".rar", ".bz2", ".xz", ".zst");

    public CaseArchive {
        files = Map.copyOf(files);
    }

    /** Reads the zip from {@code upload}; {@code fallbackName} names a case whose files are at the zip's top. */
    public static CaseArchive read(InputStream upload, UploadLimits limits, String fallbackName) {
        CountingInput counted = new CountingInput(upload, limits.maxUploadBytes());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long unpacked = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > limits.maxEntries()) {
                    throw refused("it has more than " + limits.maxEntries() + " entries");
                }
                String name = checkedName(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(name)) {
                    throw refused("it holds \"" + name + "\" twice");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > limits.maxUnpackedBytes()) {
                        throw refused("its files unpack to more than " + limits.maxUnpackedBytes()
                                + " bytes (a zip bomb?)");
                    }
                    if (unpacked > UploadLimits.RATIO_FROM_BYTES && unpacked > limits.maxRatio() * counted.count()) {
                        throw refused("its files unpack to more than " + limits.maxRatio()
                                + " times the size of the upload (a zip bomb?)");
                    }
                    content.write(buffer, 0, n);
                }
                byte[] bytes = content.toByteArray();
                if (isArchive(name, bytes)) {
                    throw refused("\"" + name + "\" is an archive inside the archive; send the case folder's "
                            + "files themselves");
                }
                entries.put(name, bytes);
            }
        } catch (ZipException e) {
            throw refused("it is not a readable zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ApiException(400, "the upload could not be read: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw refused("it is not a zip archive, or an empty one");
        }
        return caseFolder(entries, fallbackName);
    }

    /** The case folder in the zip: its top, or its one top folder, whichever holds case.yaml. */
    private static CaseArchive caseFolder(Map<String, byte[]> entries, String fallbackName) {
        if (entries.containsKey(CaseReader.CASE_FILE)) {
            return new CaseArchive(fallbackName, entries);
        }
        String first = entries.keySet().iterator().next();
        int slash = first.indexOf('/');
        String top = slash < 0 ? "" : first.substring(0, slash + 1);
        boolean oneFolder = !top.isEmpty() && entries.keySet().stream().allMatch(name -> name.startsWith(top));
        if (!oneFolder || !entries.containsKey(top + CaseReader.CASE_FILE)) {
            throw refused("it has no " + CaseReader.CASE_FILE + " at its top or in its one top folder; zip the case "
                    + "folder (e.g. 'zip -r case.zip my-case')");
        }
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> inFolder.put(name.substring(top.length()), bytes));
        return new CaseArchive(top.substring(0, top.length() - 1), inFolder);
    }

    /** The entry's path, refused if it could leave the folder it is unpacked in. */
    private static String checkedName(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw refused("entry \"" + shown + "\" is not a plain relative path, so it would escape the case folder");
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String part : trimmed.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw refused("entry \"" + shown + "\" has an empty, '.' or '..' part, so it would escape the case "
                        + "folder");
            }
        }
        return name;
    }

    private static boolean isArchive(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean zipMagic = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean gzipMagic = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        return zipMagic || gzipMagic || ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static ApiException refused(String why) {
        return new ApiException(400, "the uploaded case was refused: " + why + ". Send a zip of one case folder "
                + "(case.yaml and the CSV files it names; docs/server.md, \"Uploading a case\").");
    }

    /** The upload's bytes so far; a 413 as soon as they pass the limit, whatever Content-Length said. */
    private static final class CountingInput extends FilterInputStream {
        private final long limit;
        private long count;

        CountingInput(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw UploadTooLarge.of(limit);
            }
        }
    }
}
