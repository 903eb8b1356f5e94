package org.cemc.study.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.jerolba.carpet.CarpetReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

    /**
     * Every Parquet file holds its CSV's header as columns and its rows in order, each cell the CSV's when written as
     * the CSV writes it (numbers rounded to 1e-9, dates in ISO), and null exactly where the CSV cell is empty: the
     * job without a schedule has no objective, gap or terms; a parameter the variant does not set has no value.
     */
    @Test
    void everyParquetFileHoldsItsCsvRowForRowWithNullsWhereTheCsvIsEmpty() throws IOException {
        Variant low = new Variant("low", new TreeMap<>(Map.of("grid_sell", "0.030")));
        Variant base = Variant.base();
        List<JobResult> results = List.of(
                day("2025-01-31", "low", 3.123456789012, house("a", "ec1", 2.00, 1.50), house("b", "ec2", 1.00, 0.50)),
                day("2025-02-01", "base", 4, house("a", "ec1", 1.00, 1.50)),
                new JobResult("2025-02-01", "low", JobResult.NO_SCHEDULE, Double.NaN, Double.NaN, Map.of(), 1.5, 23,
                        List.of()));

        List<String> written = new StudyTables(List.of(low, base), List.of("grid_sell"), results).write(out);

        List<String> parquet = written.stream().filter(f -> f.endsWith(".parquet")).toList();
        assertThat(parquet).containsExactly("jobs.parquet", "settlement.parquet", "houses-annual.parquet",
                "houses-monthly.parquet", "communities-annual.parquet", "communities-monthly.parquet",
                "variants.parquet");
        for (String file : parquet) {
            String csvFile = file.replace(".parquet", ".csv");
            List<CSVRecord> csv;
            try (CSVParser parser = CSVParser.parse(out.resolve(csvFile), StandardCharsets.UTF_8,
                    CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
                csv = parser.getRecords();
                List<Map<String, Object>> rows = readParquet(out.resolve(file));
                assertThat(rows).as(file).hasSameSizeAs(csv).isNotEmpty();
                for (int r = 0; r < rows.size(); r++) {
                    assertThat(rows.get(r).keySet()).as(file + " columns").containsExactlyElementsOf(
                            parser.getHeaderNames());
                    for (String column : parser.getHeaderNames()) {
                        String expected = csv.get(r).get(column);
                        Object actual = rows.get(r).get(column);
                        if (expected.isEmpty()) {
                            assertThat(actual).as(file + " row " + r + " " + column).isNull();
                        } else {
                            assertThat(TableFiles.csvCell(actual)).as(file + " row " + r + " " + column)
                                    .isEqualTo(expected);
                        }
                    }
                }
            }
        }
        // Rows by date, then in the study's variant order: low before base on 1 February.
        Map<String, Object> noSchedule = readParquet(out.resolve("jobs.parquet")).get(1);
        assertThat(noSchedule.get("date")).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(noSchedule.get("objective")).isNull();
        assertThat(noSchedule.get("periods")).isEqualTo(23);
        assertThat(noSchedule.get("grid_sell")).isEqualTo("0.030");
        assertThat(readParquet(out.resolve("jobs.parquet")).get(0).get("objective")).isEqualTo(3.123456789012);
        assertThat(readParquet(out.resolve("jobs.parquet")).get(2).get("grid_sell")).isNull();
    }

    /**
     * A swept parameter named like a profit term ({@code p2p} is a switch and a term) keeps its name, and the term's
     * column is qualified, so no table has two columns of one name (Parquet refuses them, pandas renames them).
     */
    @Test
    void aParameterNamedLikeAProfitTermLeavesTheTermQualified() throws IOException {
        Variant off = new Variant("off", new TreeMap<>(Map.of("p2p", "false")));

        new StudyTables(List.of(off), List.of("p2p"), List.of(day("2025-01-31", "off", 3))).write(out);

        assertThat(Files.readAllLines(out.resolve(StudyTables.JOBS)).get(0)).isEqualTo(
                "date,variant,p2p,status,objective,proven_gap,solve_seconds,periods,grid,demand_response,p2p_profit,"
                        + "social_welfare,parking_host,standby,ens_penalty,guest_ev_energy");
        assertThat(readParquet(out.resolve("jobs.parquet")).get(0)).containsEntry("p2p", "false")
                .containsEntry("grid", 3.0).containsEntry("p2p_profit", null);
    }

    /** A Parquet file's rows as column name to value, with its columns in the file's order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Map<String, Object>> readParquet(Path file) throws IOException {
        List<Map> rows = new CarpetReader<>(file.toFile(), Map.class).toList();
        return rows.stream().map(row -> (Map<String, Object>) row).toList();
    }
}
