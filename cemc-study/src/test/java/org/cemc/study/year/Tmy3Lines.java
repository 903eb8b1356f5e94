package org.cemc.study.year;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small TMY3 file written by hand: the station line, a header with only the columns the study reads (in another
 * order than NREL's, which the reader must not mind) and 8,760 hours, dark except from 10:00 to 14:00 (hours ending
 * 11 to 14), when GHI is 500, DNI 400, DHI 200 W/m², ETR 800 and ETRN 1,300; 20 °C and 2 m/s throughout. Lines can
 * be changed one by one to break the file.
 */
final class Tmy3Lines {
    static final String SITE = "723170,\"GREENSBORO PIEDMONT TRIAD INT\",NC,-5.0,36.100,-79.950,273";
    static final String HEADER = "Time (HH:MM),Date (MM/DD/YYYY),GHI (W/m^2),DNI (W/m^2),DHI (W/m^2),ETR (W/m^2),"
            + "ETRN (W/m^2),Dry-bulb (C),Wspd (m/s)";

    private final List<String> lines = new ArrayList<>();

    Tmy3Lines() {
        lines.add(SITE);
        lines.add(HEADER);
        for (int i = 0; i < TypicalYear.HOURS; i++) {
            LocalDate day = LocalDate.ofYearDay(1999, i / 24 + 1);
            int hourEnding = i % 24 + 1;
            boolean light = hourEnding >= 11 && hourEnding <= 14;
            lines.add(String.format("%02d:00,%02d/%02d/1999,%s,20.0,2.0", hourEnding, day.getMonthValue(),
                    day.getDayOfMonth(), light ? "500,400,200,800,1300" : "0,0,0,0,0"));
        }
    }

    /** Line {@code number} (1-based, as an editor and the messages count) changed by {@code change}. */
    Tmy3Lines with(int number, UnaryOperator<String> change) {
        lines.set(number - 1, change.apply(lines.get(number - 1)));
        return this;
    }

    Tmy3Lines without(int number) {
        lines.remove(number - 1);
        return this;
    }

    Tmy3Lines firstLines(int count) {
        lines.subList(count, lines.size()).clear();
        return this;
    }

    TypicalYear read() {
        try {
            return Tmy3Reader.read(new StringReader(String.join("\n", lines) + "\n"), "hand.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
