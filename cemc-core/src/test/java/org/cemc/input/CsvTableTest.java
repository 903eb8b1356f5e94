package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    /** The rule of docs/case-format.md for a number, as a regular expression, for the hand-written check. */
    private static final Pattern POINT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMMA = Pattern.compile("[+-]?(\\d+,?\\d*|,\\d+)([eE][+-]?\\d+)?");

    @Test
    void aNumberIsCheckedByHandExactlyAsTheRuleSays() {
        Random random = new Random(7);
        String alphabet = "+-.,eE0123456789x ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(7);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(CsvTable.decimal(t, '.')).as("'%s' with a point", t).isEqualTo(POINT.matcher(t).matches());
            assertThat(CsvTable.decimal(t, ',')).as("'%s' with a comma", t).isEqualTo(COMMA.matcher(t).matches());
        }
    }

    @Test
    void digitsOfOtherScriptsAreNotNumbers() {
        assertThat(CsvTable.decimal("\u0663", '.')).isFalse();
        assertThat(CsvTable.decimal("1e\u0663", '.')).isFalse();
    }
}
