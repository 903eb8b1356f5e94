package org.cemc.input;

import static org.cemc.input.CaseKeys.DATE;
import static org.cemc.input.CaseKeys.PERIODS;
import static org.cemc.input.CaseKeys.PERIOD_HOURS;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    /** Period lengths (h) whose whole day a number of periods may be meant to make: 1 h down to 1 minute. */
    private static final double[] COMMON_PERIOD_HOURS = {1, 0.5, 0.25, 1.0 / 6, 1.0 / 12, 1.0 / 60};

    /**
     * A case as read, with the warnings about what it holds that is read as given but a user should know: values
     * outside their usual range, a horizon that is not a day, guest EVs the horizon cuts (docs/case-format.md).
     */
    public record ReadCase(CommunityCase community, List<String> warnings) {
        public ReadCase {
            warnings = List.copyOf(warnings);
        }
    }

    /** The case in {@code folder}, without its warnings (see {@link #readWithWarnings(CaseFiles)}). */
    public static CommunityCase read(Path folder) {
        return read(CaseFiles.folder(folder));
    }

    public static CommunityCase read(CaseFiles files) {
        return readWithWarnings(files).community();
    }

    public static ReadCase readWithWarnings(Path folder) {
        return readWithWarnings(CaseFiles.folder(folder));
    }

    public static ReadCase readWithWarnings(CaseFiles files) {
        CaseSource source = new CaseSource(files);
        CaseDocument doc = CaseDocumentParser.parse(source);
        String name = Optional.ofNullable(doc.name()).orElse("unnamed case");
        Optional<LocalDate> date = date(source, doc.date());
        String currency = Optional.ofNullable(doc.currency()).orElse("USD");
        TimeGrid grid = timeGrid(source, doc);
        List<EnergyCommunity> communities = CommunitiesSection.read(source, doc.communities());
        List<House> houses = HousesSection.read(source, doc.houses(), doc.houseSeries(), grid, communities);
        List<GuestEv> evs = GuestEvsSection.read(source, doc.guestEvs(), doc.guestEvDefaults(), communities, grid);
        // The P2P price by the SDR rule depends on the houses' energies, so prices come after houses.
        Prices prices = PricesSection.read(source, doc.prices(), grid, houses, currency);
        Optional<GuestEvScenarios> scenarios =
                GuestEvScenariosSection.read(source, doc.guestEvScenarios(), doc.guestEvs() != null, grid);
        CommunityCase community = new CommunityCase(name, date, currency, grid, communities, houses, evs, scenarios,
                prices, OptionsSection.read(doc.options()), SettlementSection.read(source, doc.settlement()));
        return new ReadCase(community, source.warnings());
    }

    private static Optional<LocalDate> date(CaseSource source, String date) {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw source.error(DATE, "\"" + date + "\" is not a date; write the day scheduled as year-month-day, "
                    + "e.g. 2026-11-26");
        }
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
        source.plausible(PERIOD_HOURS, "a period of", PlausibleRanges.periodHours(), periodHours);
        double hours = periods * periodHours;
        if (hours > PlausibleRanges.HORIZON_HARD_MAX_HOURS) {
            throw new InvalidCaseException(source.yaml() + ", fields " + PERIODS + " and " + PERIOD_HOURS + ": "
                    + periods + " periods of " + PlausibleRanges.number(periodHours) + " h make "
                    + PlausibleRanges.number(hours) + " h, more than the plausible horizon of a leap year ("
                    + PlausibleRanges.number(PlausibleRanges.HORIZON_HARD_MAX_HOURS) + " h); check the number of "
                    + "periods and their length.");
        }
        TimeGrid grid = new TimeGrid(periods, periodHours);
        horizon(source, grid);
        return grid;
    }

    /**
     * Warns when the periods and their length do not make a day (23 to 25 h, so daylight-saving days are days):
     * always when they make more (the case is still scheduled as one horizon); when they make less, only if the
     * number of periods would make a day at a common period length, the likely mix-up (a short case such as the
     * two-hour example is otherwise taken as the part of a day it is).
     */
    private static void horizon(CaseSource source, TimeGrid grid) {
        double hours = grid.periods() * grid.periodHours();
        String meant = "";
        for (double common : COMMON_PERIOD_HOURS) {
            if (grid.periods() == Math.round(24 / common) && Math.abs(common - grid.periodHours()) > 1e-9) {
                meant = " If the periods are " + minutes(common) + ", write " + PERIOD_HOURS + ": "
                        + PlausibleRanges.number(common) + " (" + grid.periods() + " of them make 24 h).";
            }
        }
        boolean aDay = hours >= 23 - 1e-9 && hours <= 25 + 1e-9;
        if (aDay || hours < 23 && meant.isEmpty()) {
            return;
        }
        double days = hours / 24;
        String span = PlausibleRanges.number(hours) + " h"
                + (hours > 25 ? " (" + PlausibleRanges.number(Math.round(days * 100) / 100.0) + " days)" : "");
        source.warn(source.yaml() + ", fields " + PERIODS + " and " + PERIOD_HOURS + ": " + grid.periods()
                + " periods of " + PlausibleRanges.number(grid.periodHours()) + " h make " + span + ", not a day; "
                + "the case is scheduled as given, as one horizon of " + PlausibleRanges.number(hours) + " h, with "
                + "every energy per period of " + PlausibleRanges.number(grid.periodHours()) + " h and clock times "
                + "counted from the start of period 0." + meant);
    }

    private static String minutes(double hours) {
        long minutes = Math.round(hours * 60);
        return minutes == 60 ? "hours" : minutes + " minutes";
    }
}
