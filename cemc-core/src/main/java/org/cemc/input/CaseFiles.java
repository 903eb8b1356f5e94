package org.cemc.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the files of a case come from: a folder on disk, or the built-in case inside the program. */
public interface CaseFiles {

    /** How to name {@code file} in a message, e.g. {@code my-case/houses.csv}. */
    String describe(String file);

    boolean exists(String file);

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
            public Reader open(String file) throws IOException {
                return Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8);
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
            public Reader open(String file) throws IOException {
                InputStream stream = CaseFiles.class.getResourceAsStream(resourceFolder + "/" + file);
                if (stream == null) {
                    throw new IOException("no resource " + resourceFolder + "/" + file);
                }
                return new InputStreamReader(stream, StandardCharsets.UTF_8);
            }
        };
    }
}
