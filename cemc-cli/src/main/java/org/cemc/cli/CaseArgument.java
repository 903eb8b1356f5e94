package org.cemc.cli;

import java.nio.file.Path;
import org.cemc.community.CommunityCase;
import org.cemc.input.BuiltInCase;
import org.cemc.input.CaseReader;
import picocli.CommandLine.Parameters;

/** The CASE argument every command takes: a case folder, or the built-in case study when none is given. */
final class CaseArgument {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE",
            description = "Case folder holding case.yaml (default: the built-in case study).")
    private Path folder;

    CommunityCase read() {
        return folder == null ? BuiltInCase.read() : CaseReader.read(folder);
    }

    /** The case folder given; null for the built-in case. */
    Path folder() {
        return folder;
    }

    /** How to name the case in a message. */
    String describe() {
        return folder == null ? "the built-in case" : folder.resolve(CaseReader.CASE_FILE).toString();
    }
}
