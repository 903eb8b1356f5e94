package org.cemc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cemc.community.CommunityCase;
import org.cemc.input.BuiltInCase;
import org.cemc.input.CaseFiles;
import org.cemc.input.CaseReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The CASE argument every command takes: a case folder, or the built-in case study when none is given. */
final class CaseArgument {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE",
            description = "Case folder holding case.yaml (default: the built-in case study).")
    private Path folder;

    /** The command this argument belongs to, whose standard error the case's warnings go to. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * The case, read and validated; each warning about it (a value outside its usual range, a horizon that is not a
     * day, a guest EV the horizon cuts: docs/case-format.md) printed on standard error as {@code cemc: warning: ..}
     * before anything is solved.
     */
    CommunityCase read() {
        CaseReader.ReadCase read = CaseReader.readWithWarnings(folder == null ? BuiltInCase.files()
                : CaseFiles.folder(folder));
        if (!read.warnings().isEmpty()) {
            PrintWriter err = command.commandLine().getErr();
            read.warnings().forEach(warning -> err.println("cemc: warning: " + warning));
            err.flush();
        }
        return read.community();
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
