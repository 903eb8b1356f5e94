package org.cemc.study.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.cemc.study.plan.Study;

/**
 * The runners of a study read from its file: each {@link #create} reads the study (on an executor, from the path
 * it sees: a shared folder, or the files shipped with the job) and restricts it as the command line did.
 */
public final class StudyRunners implements JobRunnerFactory {
    private static final long serialVersionUID = 1L;

    private final String studyPath;
    private final LocalDate from;
    private final LocalDate to;
    private final ArrayList<String> variants;
    private final SolverSettings settings;
    private final SolveMethod method;

    /** @param from the first date (null: the study's first); {@code to} likewise; no variants: every one */
    public StudyRunners(Path studyPath, LocalDate from, LocalDate to, List<String> variants, SolverSettings settings,
                        SolveMethod method) {
        this.studyPath = studyPath.toString();
        this.from = from;
        this.to = to;
        this.variants = new ArrayList<>(variants);
        this.settings = settings;
        this.method = method;
    }

    /** The study as the runners see it. */
    public Study study() {
        return Study.read(Path.of(studyPath)).restrictedTo(Optional.ofNullable(from), Optional.ofNullable(to),
                variants);
    }

    @Override
    public JobRunner create() {
        return new JobRunner(study()::caseOf, settings, method);
    }
}
