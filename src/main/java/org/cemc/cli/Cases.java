package org.cemc.cli;

import java.nio.file.Path;
import org.cemc.community.CommunityCase;
import org.cemc.input.BuiltInCase;
import org.cemc.input.CaseReader;

/** The case a command works on: a folder the user named, or the built-in case study. */
final class Cases {
    private Cases() {
    }

    static CommunityCase read(Path folder) {
        return folder == null ? BuiltInCase.read() : CaseReader.read(folder);
    }

    static String describe(Path folder) {
        return folder == null ? "the built-in case" : folder.resolve("case.yaml").toString();
    }
}
