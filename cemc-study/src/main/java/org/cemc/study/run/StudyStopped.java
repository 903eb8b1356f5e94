package org.cemc.study.run;

/**
 * A study stopped before its jobs were done: Ctrl-C, or its engine shut down under it. Not an error in CEMC: every
 * result that had arrived is kept, and the same command runs the others.
 */
public final class StudyStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StudyStopped(int done, int total, String why, Throwable cause) {
        super("the study stopped after " + done + " of " + total + " jobs (" + why + "); their results are kept, and "
                + "the same command runs the others", cause);
    }
}
