package org.cemc.study.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cemc.study.plan.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study's tables from hand-made results, whose sums can be checked on paper. */
class StudyTablesTest {
    @TempDir
    Path out;

    private static JobResult.HouseDay house(String id, String ec, double net, double alone) {
        return new JobResult.HouseDay(id, ec, net, 0, alone, Map.of("grid_purchase", net));
    }

    private static JobResult day(String date, String variant, double objective, JobResult.HouseDay... houses) {
        return new JobResult(date, variant, "OPTIMAL", objective, 0, Map.of("grid", objective), 1, 24,
                List.of(houses));
    }

    /**
     * Two houses of ec1 on 31 January and 1 February, variant "low". House a: 2.00 and 1.00 in the community against
     * 1.50 and 1.50 alone: gain 0.50 then -0.50 (worse off on 1 February), 0 over the period. House b: 1.00 and
     * 3.00 against 0.50 and 1.00: gain 2.50, never worse off. Variant "high" has no schedule on 31 January.
     */
    @Test
    void housesAndCommunitiesAddUpOverTheYearAndTheMonthsWithTheirWorseOffDays() throws IOException {
        Variant low = new Variant("low", new TreeMap<>(Map.of("grid_sell", "0.03")));
        Variant high = new Variant("high", new TreeMap<>(Map.of("grid_sell", "0.08")));
        List<JobResult> results = List.of(
                day("2025-02-01", "low", 4, house("a", "ec1", 1.00, 1.50), house("b", "ec1", 3.00, 1.00)),
                day("2025-01-31", "low", 3, house("a", "ec1", 2.00, 1.50), house("b", "ec1", 1.00, 0.50)),
                new JobResult("2025-01-31", "high", JobResult.NO_SCHEDULE, Double.NaN, Double.NaN, Map.of(), 1, 24,
                        List.of()));

        List<String> written = new StudyTables(List.of(low, high), List.of("grid_sell"), results).write(out);

        assertThat(written).contains(StudyTables.JOBS, StudyTables.VARIANTS);
        assertThat(Files.readAllLines(out.resolve(StudyTables.JOBS))).containsExactly(
                "date,variant,grid_sell,status,objective,proven_gap,solve_seconds,periods,grid,demand_response,p2p,"
                        + "social_welfare,parking_host,standby,ens_penalty,guest_ev_energy",
                "2025-01-31,low,0.03,OPTIMAL,3,0,1,24,3,,,,,,,",
                "2025-01-31,high,0.08,NO_SCHEDULE,,,1,24,,,,,,,,",
                "2025-02-01,low,0.03,OPTIMAL,4,0,1,24,4,,,,,,,");
        assertThat(Files.readAllLines(out.resolve(StudyTables.HOUSES_ANNUAL))).containsExactly(
                "variant,house,community,days,net,standalone_net,gain,days_worse_off",
                "low,a,ec1,2,3,3,0,1",
                "low,b,ec1,2,4,1.5,2.5,0");
        assertThat(Files.readAllLines(out.resolve(StudyTables.HOUSES_MONTHLY))).containsExactly(
                "variant,month,house,community,days,net,standalone_net,gain,days_worse_off",
                "low,2025-01,a,ec1,1,2,1.5,0.5,0",
                "low,2025-01,b,ec1,1,1,0.5,0.5,0",
                "low,2025-02,a,ec1,1,1,1.5,-0.5,1",
                "low,2025-02,b,ec1,1,3,1,2,0");
        // ec1: 7.00 in the community against 4.50 alone; one house-day worse off.
        assertThat(Files.readAllLines(out.resolve(StudyTables.COMMUNITIES_ANNUAL))).containsExactly(
                "variant,community,days,net,standalone_net,gain,days_worse_off",
                "low,ec1,2,7,4.5,2.5,1");
        // Over the period house a breaks even (not worse off), but it was worse off on one day.
        assertThat(Files.readAllLines(out.resolve(StudyTables.VARIANTS))).containsExactly(
                "variant,grid_sell,days,days_without_schedule,objective,net,standalone_net,gain,"
                        + "houses_worse_off_over_the_period,houses_worse_off_on_some_day,house_days_worse_off",
                "low,0.03,2,0,7,7,4.5,2.5,0,1,1",
                "high,0.08,0,1,0,0,0,0,0,0,0");
        assertThat(Files.readString(out.resolve(StudyTables.SETTLEMENT))).startsWith(
                "date,variant,house,community,net,social_welfare_value,standalone_net,gain,grid_purchase,")
                .contains("\n2025-01-31,low,a,ec1,2,0,1.5,0.5,2,");
    }
}
