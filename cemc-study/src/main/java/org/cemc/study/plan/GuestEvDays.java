package org.cemc.study.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.scenario.EvSampler;
import org.hipparchus.random.Well19937c;

/**
 * Each day's guest EVs (docs/studies.md, "Guest EVs"): drawn from the case's distributions with a seed of the
 * study's seed and the date alone, so a day's fleet is the same whichever other days run; or the case's listed
 * guest EVs, every day. Their hours are clock hours and become hours since midnight in elapsed time, as the day's
 * periods count ({@link DayClock#elapsedHours}).
 */
final class GuestEvDays {
    /** A day's drawn guest EVs are {@code guest1}, {@code guest2}, ... */
    static final String ID_PREFIX = "guest";
    /** Room for the date as yyyymmdd in the day's seed. */
    private static final long DATE_DIGITS = 100_000_000L;
    /** The largest study seed whose day seeds fit a long. */
    static final long MAX_SEED = Long.MAX_VALUE / DATE_DIGITS - 1;

    private final ZoneId zone;
    private final Optional<GuestEvScenarios> scenarios;
    private final long seed;
    private final List<GuestEv> listed;

    private GuestEvDays(ZoneId zone, Optional<GuestEvScenarios> scenarios, long seed, List<GuestEv> listed) {
        this.zone = zone;
        this.scenarios = scenarios;
        this.seed = seed;
        this.listed = List.copyOf(listed);
    }

    static GuestEvDays drawn(ZoneId zone, GuestEvScenarios scenarios, long seed) {
        return new GuestEvDays(zone, Optional.of(scenarios), seed, List.of());
    }

    static GuestEvDays listed(ZoneId zone, List<GuestEv> listed) {
        return new GuestEvDays(zone, Optional.empty(), 0, listed);
    }

    /**
     * The seed of {@code date}'s draw: {@code seed × 100000000 + yyyymmdd}, e.g. 4220250309 for 42 and 9 March 2025,
     * so that a day's guests depend on the study's seed and the date only.
     */
    static long daySeed(long seed, LocalDate date) {
        return seed * DATE_DIGITS + date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
    }

    /** The guest EVs of {@code date}, their hours since the day's midnight in elapsed time. */
    List<GuestEv> of(LocalDate date) {
        List<GuestEv> clock = scenarios
                .map(spec -> new EvSampler(spec, new Well19937c(daySeed(seed, date))).fleet(ID_PREFIX))
                .orElse(listed);
        return clock.stream().map(ev -> new GuestEv(ev.id(), ev.community(),
                DayClock.elapsedHours(date, zone, ev.arrivalHour()),
                DayClock.elapsedHours(date, zone, ev.departureHour()), ev.batteryKwh(), ev.socArrival(),
                ev.socRequired(), ev.chargeKw(), ev.dischargeKw(), ev.chargeEfficiency(), ev.dischargeEfficiency()))
                .toList();
    }
}
