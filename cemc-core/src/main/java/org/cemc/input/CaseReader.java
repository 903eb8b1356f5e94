package org.cemc.input;

import static org.cemc.input.CaseKeys.PERIODS;
import static org.cemc.input.CaseKeys.PERIOD_HOURS;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.House;
import org.cemc.community.Prices;
import org.cemc.community.TimeGrid;

/**
 * Reads a case folder ({@code case.yaml} and its CSV series, see docs/case-format.md) into a validated
 * {@link CommunityCase}, one section of case.yaml after the other. Every problem is reported as an
 * {@link InvalidCaseException} naming the file, the row or field, and what is wrong; nothing is adjusted silently.
 */
public final class CaseReader {
    public static final String CASE_FILE = "case.yaml";

    private CaseReader() {
    }

    public static CommunityCase read(Path folder) {
        return read(CaseFiles.folder(folder));
    }

    public static CommunityCase read(CaseFiles files) {
        CaseSource source = new CaseSource(files);
        CaseDocument doc = CaseDocumentParser.parse(source);
        String name = Optional.ofNullable(doc.name()).orElse("unnamed case");
        TimeGrid grid = timeGrid(source, doc);
        List<EnergyCommunity> communities = CommunitiesSection.read(source, doc.communities());
        List<House> houses = HousesSection.read(source, doc.houses(), doc.houseSeries(), grid, communities);
        List<GuestEv> evs = GuestEvsSection.read(source, doc.guestEvs(), doc.guestEvDefaults(), communities);
        // The P2P price by the SDR rule depends on the houses' energies, so prices come after houses.
        Prices prices = PricesSection.read(source, doc.prices(), grid, houses);
        String currency = Optional.ofNullable(doc.currency()).orElse("USD");
        Optional<GuestEvScenarios> scenarios =
                GuestEvScenariosSection.read(source, doc.guestEvScenarios(), doc.guestEvs() != null);
        return new CommunityCase(name, currency, grid, communities, houses, evs, scenarios, prices,
                OptionsSection.read(doc.options()));
    }

    private static TimeGrid timeGrid(CaseSource source, CaseDocument doc) {
        int periods = source.require(doc.periods(), PERIODS);
        double periodHours = source.require(doc.periodHours(), PERIOD_HOURS);
        if (periods < 1) {
            throw source.error(PERIODS, periods + " must be at least 1");
        }
        if (!(periodHours > 0) || !Double.isFinite(periodHours)) {
            throw source.error(PERIOD_HOURS, periodHours + " must be a positive number of hours");
        }
        return new TimeGrid(periods, periodHours);
    }
}
