package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void anEarlierDeadlineComesThatMuchSoonerAndPassesWhileTheLaterHasNot() {
        Deadline deadline = Deadline.in(3600);
        Deadline earlier = deadline.earlier(3_000_000_000_000L);

        assertThat(earlier.nanoTime()).isEqualTo(deadline.nanoTime() - 3_000_000_000_000L);
        assertThat(deadline.secondsLeft() - earlier.secondsLeft()).isBetween(2999.0, 3001.0);
        assertThat(deadline.earlier(3_700_000_000_000L).passed()).isTrue();
        assertThat(deadline.passed()).isFalse();
    }
}
