package org.cemc.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.market.Position;

/**
 * position.csv (docs/outputs.md, docs/market.md): the community's position at its connection to the utility, one
 * row per scope ({@code all}, then each EC) and period: import, export and net in kWh and as average kW, with the
 * grid prices assumed.
 */
public final class PositionFile {
    public static final String FILE = "position.csv";

    private PositionFile() {
    }

    /** Writes {@code position} to {@code file} (gzip-compressed where its name ends in .gz). */
    static void write(Path file, Position position) throws IOException {
        List<String> header = List.of("scope", "period", "start_hour", "import_kwh", "export_kwh", "net_kwh",
                "import_kw", "export_kw", "net_kw", "grid_buy", "grid_sell");
        int periods = position.community().periods();
        try (CSVPrinter csv = Compression.printer(file, header)) {
            for (String scope : position.scopes()) {
                for (int t = 0; t < periods; t++) {
                    double bought = position.importKwh(scope, t);
                    double sold = position.exportKwh(scope, t);
                    double net = position.netKwh(scope, t);
                    csv.printRecord(scope, t, Numbers.csv(position.community().grid().startHour(t)),
                            Numbers.csv(bought), Numbers.csv(sold), Numbers.csv(net),
                            Numbers.csv(position.averageKw(bought)), Numbers.csv(position.averageKw(sold)),
                            Numbers.csv(position.averageKw(net)), Numbers.csv(position.gridBuy(t)),
                            Numbers.csv(position.gridSell(t)));
                }
            }
        }
    }
}
