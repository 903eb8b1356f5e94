package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A deadline tells whether it has passed, and whether it leaves time for a step of a given length. */
class DeadlineTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aStepFitsOnlyIfTheTimeLeftIsLongerThanIt() {
        Deadline inAMinute = Deadline.in(60);
        Deadline gone = Deadline.in(-1);

        assertThat(inAMinute.passed()).isFalse();
        assertThat(inAMinute.leaves(SECOND)).isTrue();
        assertThat(inAMinute.leaves(120 * SECOND)).isFalse();
        assertThat(gone.passed()).isTrue();
        assertThat(gone.leaves(0)).isFalse();
    }
}
