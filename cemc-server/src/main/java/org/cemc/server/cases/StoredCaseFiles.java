package org.cemc.server.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.cemc.input.CaseFiles;

/**
 * A case folder held in memory (from an upload or the database), read by cemc-core's CaseReader as it reads a
 * folder on disk; messages name its files {@code folder/file}, as the command line names them for a folder of that
 * name.
 */
public final class StoredCaseFiles implements CaseFiles {
    private final String folder;
    private final Map<String, byte[]> files;

    public StoredCaseFiles(String folder, Map<String, byte[]> files) {
        this.folder = folder;
        this.files = Map.copyOf(files);
    }

    @Override
    public String describe(String file) {
        return folder + "/" + file;
    }

    @Override
    public boolean exists(String file) {
        return files.containsKey(normalized(file));
    }

    @Override
    public Reader open(String file) throws IOException {
        byte[] content = files.get(normalized(file));
        if (content == null) {
            throw new IOException(describe(file) + " does not exist");
        }
        return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
    }

    /**
     * The stored name of a path case.yaml gives, as a folder on disk would resolve it ({@code ./a.csv} is
     * {@code a.csv}); a path that leaves the folder names no file.
     */
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
