package org.cemc.study.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.cemc.input.CaseFiles;

/**
 * A case folder with some of its files replaced by files the study made (a day's case.yaml and series): core reads
 * the day as it would read a folder, and its messages name the case's own files where it reads them.
 */
final class OverlayFiles implements CaseFiles {
    /** A file the study made, and how messages name it. */
    record Made(byte[] bytes, String description) {
    }

    private final CaseFiles folder;
    private final Map<String, Made> made;

    OverlayFiles(Path folder, Map<String, Made> made) {
        this.folder = CaseFiles.folder(folder);
        this.made = Map.copyOf(made);
    }

    @Override
    public String describe(String file) {
        Made own = made.get(file);
        return own != null ? own.description() : folder.describe(file);
    }

    @Override
    public boolean exists(String file) {
        return made.containsKey(file) || folder.exists(file);
    }

    @Override
    public long size(String file) throws IOException {
        Made own = made.get(file);
        return own != null ? own.bytes().length : folder.size(file);
    }

    @Override
    public Reader open(String file) throws IOException {
        Made own = made.get(file);
        return own != null ? new InputStreamReader(new ByteArrayInputStream(own.bytes()), StandardCharsets.UTF_8)
                : folder.open(file);
    }
}
