package org.cemc.study.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a failed job tells the user: the error's message, or what the error is where it has none. */
class JobFailureTest {
    @Test
    void anErrorWithoutAMessageIsNamedRatherThanPrintedAsNull() {
        assertThat(JobFailure.of("2025-03-09/base", new IllegalStateException("lost executor")).message())
                .isEqualTo("lost executor");
        assertThat(JobFailure.of("2025-03-09/base", new NullPointerException()).message())
                .isEqualTo("java.lang.NullPointerException");
    }
}
