package org.cemc.input;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Where the files of a case come from: a folder on disk, files held in memory (an upload), or the built-in case
 * inside the program. Every source tells a file's size before it is opened, so that the size caps
 * (docs/case-format.md, "Size caps") are checked before anything is parsed, wherever the files come from.
 */
public interface CaseFiles {
    /** The ending of a gzip-compressed file's name. */
    String GZIP_SUFFIX = ".gz";

    /** How to name {@code file} in a message, e.g. {@code my-case/houses.csv}. */
    String describe(String file);

    boolean exists(String file);

    /** The size of an existing {@code file} in bytes, known without reading it. */
    long size(String file) throws IOException;

    Reader open(String file) throws IOException;

    static CaseFiles folder(Path folder) {
        return new CaseFiles() {
            @Override
            public String describe(String file) {
                return folder.resolve(file).toString();
            }

            @Override
            public boolean exists(String file) {
                return Files.isRegularFile(folder.resolve(file));
            }

            @Override
            public long size(String file) throws IOException {
                return Files.size(folder.resolve(file));
            }

            /** A file named *.gz is read decompressed (e.g. a series, or first-stage.csv.gz of solve --compress). */
            @Override
            public Reader open(String file) throws IOException {
                Path path = folder.resolve(file);
                if (file.endsWith(GZIP_SUFFIX)) {
                    return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(path),
                            1 << 16), StandardCharsets.UTF_8), 1 << 16);
                }
                return Files.newBufferedReader(path, StandardCharsets.UTF_8);
            }
        };
    }

    /** Files packaged with the program under {@code resourceFolder} (e.g. {@code /cases/paper}). */
    static CaseFiles resources(String resourceFolder, String displayName) {
        return new CaseFiles() {
            @Override
            public String describe(String file) {
                return displayName + "/" + file;
            }

            @Override
            public boolean exists(String file) {
                return CaseFiles.class.getResource(resourceFolder + "/" + file) != null;
            }

            @Override
            public long size(String file) throws IOException {
                URL url = CaseFiles.class.getResource(resourceFolder + "/" + file);
                if (url == null) {
                    throw new IOException("no resource " + resourceFolder + "/" + file);
                }
                return url.openConnection().getContentLengthLong();
            }

            @Override
            public Reader open(String file) throws IOException {
                InputStream stream = CaseFiles.class.getResourceAsStream(resourceFolder + "/" + file);
                if (stream == null) {
                    throw new IOException("no resource " + resourceFolder + "/" + file);
                }
                return new InputStreamReader(stream, StandardCharsets.UTF_8);
            }
        };
    }

    /**
     * Files held in memory, by their path in the case's folder, e.g. those of an uploaded case; {@code displayName}
     * stands for the folder. A path case.yaml gives is resolved as in a folder on disk ({@code ./a.csv} is
     * {@code a.csv}); one that leaves the folder names no file.
     */
    static CaseFiles memory(String displayName, Map<String, byte[]> files) {
        Map<String, byte[]> copy = Map.copyOf(files);
        return new CaseFiles() {
            @Override
            public String describe(String file) {
                return displayName + "/" + file;
            }

            @Override
            public boolean exists(String file) {
                return copy.containsKey(normalized(file));
            }

            @Override
            public long size(String file) throws IOException {
                return bytes(file).length;
            }

            @Override
            public Reader open(String file) throws IOException {
                return new InputStreamReader(new ByteArrayInputStream(bytes(file)), StandardCharsets.UTF_8);
            }

            private byte[] bytes(String file) throws IOException {
                byte[] bytes = copy.get(normalized(file));
                if (bytes == null) {
                    throw new IOException("no file " + file);
                }
                return bytes;
            }
        };
    }

    /** {@code file} with "." and ".." resolved within the folder, or a name no file has if it leaves the folder. */
    private static String normalized(String file) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : file.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return "/outside";
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
