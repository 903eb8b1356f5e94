package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SolveProgressLineTest {
    private final StringWriter written = new StringWriter();
    private final SolveProgressLine line = new SolveProgressLine(new PrintWriter(written), "cbc", 60);

    @Test
    void saysTheClockAgainstTheLimitThenTheIncumbentBoundAndTheirGapOnceKnown() {
        // gap = (44.01 - 43.45) / 43.45 = 1.29 %
        assertThat(line.line(12.3, 43.45, 44.01)).isEqualTo(
                "solving with cbc: 12 s of 60 s, best 43.45, bound 44.01 (gap 1.29 %)");
        assertThat(line.line(2, Double.NaN, 44.01)).isEqualTo("solving with cbc: 2 s of 60 s, bound 44.01");
        assertThat(line.line(0.4, Double.NaN, Double.NaN)).isEqualTo("solving with cbc: 0 s of 60 s");
    }

    @Test
    void writesNothingWhenNoTerminalIsWatching() {
        line.update(1, 43.45, 44.01);
        line.done();

        // Tests run with their output captured, never on a terminal.
        assertThat(written.toString()).isEmpty();
    }
}
