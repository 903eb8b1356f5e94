package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class H0ProfileReaderTest {

    @Test
    void theShippedProfileHasBdewsPublishedValues() {
        H0Profile profile = H0ProfileReader.read(DataFiles.H0);

        // shared/data/README.md: winter workday 00:00-00:15 is 67.6 W per 1,000 kWh/a, i.e. 0.0676 kW.
        assertThat(profile.kwPerThousandKwh(BdewSeason.WINTER, DayOfWeek.TUESDAY, 0)).isEqualTo(0.0676);
        // The file's first row: summer, Monday, 00:00.
        assertThat(profile.kwPerThousandKwh(BdewSeason.SUMMER, DayOfWeek.MONDAY, 0)).isEqualTo(0.08636);
        // Winter Sunday 11:45-12:00, row 2007-01-14 11:45:00.
        assertThat(profile.kwPerThousandKwh(BdewSeason.WINTER, DayOfWeek.SUNDAY, 47)).isEqualTo(0.21056);
    }

    @Test
    void aHandWrittenProfileIsReadByColumnName() {
        List<String> lines = handWritten();

        H0Profile profile = read(lines);

        assertThat(profile.kwPerThousandKwh(BdewSeason.TRANSITION, DayOfWeek.FRIDAY, 95)).isEqualTo(0.1);
    }

    @Test
    void aQuarterHourGivenTwiceIsNamedWithItsLine() {
        List<String> lines = handWritten();
        // Line 3 is summer, Monday, 00:15; make it 00:00 again.
        lines.set(2, lines.get(2).replace("00:15:00", "00:00:00"));

        assertThatThrownBy(() -> read(lines)).isInstanceOf(InvalidDataFileException.class)
                .hasMessage("h0.csv line 3: summer, weekday 1, 00:00 is given a second time; each quarter hour of a "
                        + "typical day is given once.");
    }

    @Test
    void aMissingQuarterHourIsNamed() {
        List<String> lines = handWritten();
        lines.remove(lines.size() - 1);

        assertThatThrownBy(() -> read(lines)).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("h0.csv has no row for winter, weekday 7, 23:45;");
    }

    @Test
    void anUnknownSeasonIsNamedWithItsLineAndColumn() {
        List<String> lines = handWritten();
        lines.set(5, lines.get(5).replace(",summer,", ",spring,"));

        assertThatThrownBy(() -> read(lines)).isInstanceOf(InvalidDataFileException.class)
                .hasMessage("h0.csv line 6, column \"period\": \"spring\" is not a season; write summer, transition "
                        + "or winter.");
    }

    @Test
    void aNegativeLoadIsRefused() {
        List<String> lines = handWritten();
        lines.set(9, lines.get(9).replace(",0.1", ",-0.1"));

        assertThatThrownBy(() -> read(lines)).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("h0.csv line 10, column \"h0\": -0.1 is out of range;");
    }

    @Test
    void aFileWithoutTheHouseholdColumnIsRefused() {
        List<String> lines = handWritten();
        lines.set(0, lines.get(0).replace("h0", "g0"));

        assertThatThrownBy(() -> read(lines)).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("h0.csv line 1 has no column \"h0\";");
    }

    /** The file's layout with every value 0.1 and a g0 column that is not read: 2,016 rows after the header. */
    private static List<String> handWritten() {
        List<String> lines = new ArrayList<>();
        lines.add(",period,weekday,h0,g0");
        for (String season : new String[] {"summer", "transition", "winter"}) {
            for (int day = 1; day <= 7; day++) {
                for (int quarter = 0; quarter < 96; quarter++) {
                    lines.add(String.format("2007-01-%02d %02d:%02d:00,%s,%d,0.1,9", day, quarter / 4,
                            quarter % 4 * 15, season, day));
                }
            }
        }
        return lines;
    }

    private static H0Profile read(List<String> lines) {
        try {
            return H0ProfileReader.read(new StringReader(String.join("\n", lines) + "\n"), "h0.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
