package org.cemc.report;

/** Whether a person is watching: progress is drawn on a terminal only, so logs and pipes stay clean. */
public final class Terminal {
    private Terminal() {
    }

    public static boolean attached() {
        return System.console() != null;
    }
}
