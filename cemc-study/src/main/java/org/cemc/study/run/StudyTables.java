package org.cemc.study.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cemc.result.Flow;
import org.cemc.result.ProfitTerm;
import org.cemc.study.plan.Variant;

/**
 * A study's tables, from its jobs' results (docs/studies.md, "Outputs"): one row per job ({@value #JOBS}), each
 * house's day (long format, {@value #SETTLEMENT}), and per variant each house's and each EC's year and months, with
 * how many houses were worse off than standing alone on how many days. Rows follow the study's variants and dates,
 * so the same results give the same bytes. Each table is described once ({@link StudyTable}: columns, types, rows)
 * and written from that description as CSV and as Parquet ({@link TableFiles}); the study's report reads the same
 * descriptions.
 */
public final class StudyTables {
    public static final String JOBS = "jobs.csv";
    public static final String SETTLEMENT = "settlement.csv";
    public static final String HOUSES_ANNUAL = "houses-annual.csv";
    public static final String HOUSES_MONTHLY = "houses-monthly.csv";
    public static final String COMMUNITIES_ANNUAL = "communities-annual.csv";
    public static final String COMMUNITIES_MONTHLY = "communities-monthly.csv";
    public static final String VARIANTS = "variants.csv";
    /** Money closer to standing alone than this (a cent's hundredth) is not "worse off": solver tolerance. */
    public static final double WORSE_OFF_TOLERANCE = 1e-4;

    private final List<Variant> variants;
    private final List<String> parameters;
    private final List<JobResult> results;
    private List<StudyTable> tables;

    /**
     * @param variants the study's variants, in its order
     * @param parameters the parameters its variants set, each a column of the job table
     * @param results the finished jobs' results, in any order
     */
    public StudyTables(List<Variant> variants, List<String> parameters, List<JobResult> results) {
        this.variants = List.copyOf(variants);
        this.parameters = List.copyOf(parameters);
        List<String> order = variants.stream().map(Variant::name).toList();
        this.results = results.stream().sorted(Comparator.comparing(JobResult::date)
                .thenComparing(r -> order.indexOf(r.variant()))).toList();
    }

    /** Writes every table into {@code folder}, as CSV and as Parquet; returns the files' names. */
    public List<String> write(Path folder) {
        List<String> written = new ArrayList<>();
        List<StudyTable> tables = tables();
        for (StudyTable table : tables) {
            TableFiles.writeCsv(folder.resolve(table.csvFile()), table);
            written.add(table.csvFile());
        }
        for (StudyTable table : tables) {
            TableFiles.writeParquet(folder.resolve(table.parquetFile()), table);
            written.add(table.parquetFile());
        }
        return written;
    }

    /**
     * Every table, in the order of docs/studies.md's "Outputs"; the aggregates are added up on the first call and
     * kept, the job and settlement rows are made from the results whenever they are read.
     */
    public synchronized List<StudyTable> tables() {
        if (tables == null) {
            List<StudyTable> all = new ArrayList<>(List.of(jobs(), settlement()));
            all.addAll(aggregates(HOUSES_ANNUAL, HOUSES_MONTHLY, true));
            all.addAll(aggregates(COMMUNITIES_ANNUAL, COMMUNITIES_MONTHLY, false));
            all.add(variantsTable());
            tables = List.copyOf(all);
        }
        return tables;
    }

    /** The study's variants, in its order. */
    public List<Variant> variants() {
        return variants;
    }

    /** The parameters its variants set, each a column of the job and variant tables. */
    public List<String> parameters() {
        return parameters;
    }

    private StudyTable jobs() {
        List<StudyTable.Column> columns = new ArrayList<>(List.of(date(), text("variant")));
        parameters.forEach(parameter -> columns.add(text(parameter)));
        columns.addAll(List.of(text("status"), number("objective"), number("proven_gap"), number("solve_seconds"),
                integer("periods")));
        for (ProfitTerm term : ProfitTerm.values()) {
            columns.add(number(termColumn(term)));
        }
        return new StudyTable(name(JOBS), columns, () -> results.stream().map(this::jobRow));
    }

    private List<Object> jobRow(JobResult r) {
        List<Object> row = new ArrayList<>(List.of(LocalDate.parse(r.date()), r.variant()));
        Map<String, String> values = variant(r.variant()).parameters();
        for (String parameter : parameters) {
            row.add(values.get(parameter));
        }
        row.addAll(Arrays.asList(r.status(), cell(r.objective()), cell(r.provenGap()), cell(r.solveSeconds()),
                r.periods()));
        for (ProfitTerm term : ProfitTerm.values()) {
            row.add(cell(r.terms().get(term.key())));
        }
        return row;
    }

    /**
     * A profit term's column in the job table: its key, or {@code KEY_profit} when a swept parameter has that name
     * ({@code p2p} and {@code standby} are both a parameter and a term), since a table's column names are unique.
     */
    private String termColumn(ProfitTerm term) {
        return parameters.contains(term.key()) ? term.key() + "_profit" : term.key();
    }

    /**
     * The flows of a settlement row after its fixed columns: every flow but the social-welfare value, which is the
     * column {@code social_welfare_value} already (a second column of the same name would be refused by Parquet and
     * read as "social_welfare_value.1" from the CSV).
     */
    private static List<Flow> settledFlows() {
        return Arrays.stream(Flow.values()).filter(flow -> flow != Flow.SOCIAL_WELFARE).toList();
    }

    private StudyTable settlement() {
        List<StudyTable.Column> columns = new ArrayList<>(List.of(date(), text("variant"), text("house"),
                text("community"), number("net"), number("social_welfare_value"), number("standalone_net"),
                number("gain")));
        for (Flow flow : settledFlows()) {
            columns.add(number(flow.key()));
        }
        return new StudyTable(name(SETTLEMENT), columns, () -> results.stream().flatMap(r -> r.houses().stream()
                .map(house -> settlementRow(r, house))));
    }

    private static List<Object> settlementRow(JobResult r, JobResult.HouseDay house) {
        List<Object> row = new ArrayList<>(Arrays.asList(LocalDate.parse(r.date()), r.variant(), house.house(),
                house.community(), cell(house.net()), cell(house.socialWelfare()), cell(house.standaloneNet()),
                cell(house.gain())));
        for (Flow flow : settledFlows()) {
            row.add(cell(house.flows().get(flow.key())));
        }
        return row;
    }

    /**
     * Per variant and house (or EC), over the year and per month: days with a result, net money, standing alone,
     * gain, and on how many days it was worse off; an EC's money is its houses' added up, and its worse-off count
     * is of house-days. Returns the annual table, then the monthly one.
     */
    private List<StudyTable> aggregates(String annualFile, String monthlyFile, boolean byHouse) {
        Map<String, Map<String, Sum>> annual = new LinkedHashMap<>();
        Map<String, Map<String, Sum>> monthly = new LinkedHashMap<>();
        for (JobResult r : results) {
            String month = YearMonth.from(LocalDate.parse(r.date())).toString();
            for (JobResult.HouseDay house : r.houses()) {
                String key = byHouse ? house.house() + "\u0000" + house.community() : house.community();
                annual.computeIfAbsent(r.variant(), v -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new Sum()).add(r.date(), house);
                monthly.computeIfAbsent(r.variant() + "\u0000" + month, v -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new Sum()).add(r.date(), house);
            }
        }
        List<StudyTable.Column> keys = byHouse ? List.of(text("house"), text("community")) : List.of(text("community"));
        List<StudyTable.Column> sums = List.of(integer("days"), number("net"), number("standalone_net"),
                number("gain"), integer("days_worse_off"));
        List<StudyTable.Column> annualColumns = new ArrayList<>(List.of(text("variant")));
        annualColumns.addAll(keys);
        annualColumns.addAll(sums);
        List<List<Object>> annualRows = new ArrayList<>();
        for (Variant variant : variants) {
            for (Map.Entry<String, Sum> entry : annual.getOrDefault(variant.name(), Map.of()).entrySet()) {
                annualRows.add(entry.getValue().row(List.of(variant.name()), entry.getKey()));
            }
        }
        List<StudyTable.Column> monthlyColumns = new ArrayList<>(List.of(text("variant"), text("month")));
        monthlyColumns.addAll(keys);
        monthlyColumns.addAll(sums);
        List<List<Object>> monthlyRows = new ArrayList<>();
        for (Variant variant : variants) {
            for (Map.Entry<String, Map<String, Sum>> month : new TreeMap<>(monthly).entrySet()) {
                String[] variantMonth = month.getKey().split("\u0000");
                if (!variantMonth[0].equals(variant.name())) {
                    continue;
                }
                for (Map.Entry<String, Sum> entry : month.getValue().entrySet()) {
                    monthlyRows.add(entry.getValue().row(List.of(variant.name(), variantMonth[1]), entry.getKey()));
                }
            }
        }
        return List.of(new StudyTable(name(annualFile), annualColumns, annualRows::stream),
                new StudyTable(name(monthlyFile), monthlyColumns, monthlyRows::stream));
    }

    /**
     * Per variant: days with a result and without one, the community's profit over them, and the houses worse off
     * than standing alone: over the whole period, and on at least one day (with how many house-days).
     */
    private StudyTable variantsTable() {
        List<StudyTable.Column> columns = new ArrayList<>(List.of(text("variant")));
        parameters.forEach(parameter -> columns.add(text(parameter)));
        columns.addAll(List.of(integer("days"), integer("days_without_schedule"), number("objective"), number("net"),
                number("standalone_net"), number("gain"), integer("houses_worse_off_over_the_period"),
                integer("houses_worse_off_on_some_day"), integer("house_days_worse_off")));
        List<List<Object>> rows = new ArrayList<>();
        for (Variant variant : variants) {
            List<JobResult> mine = results.stream().filter(r -> r.variant().equals(variant.name())).toList();
            Map<String, Sum> byHouse = new LinkedHashMap<>();
            double objective = 0;
            int withoutSchedule = 0;
            for (JobResult r : mine) {
                if (r.houses().isEmpty()) {
                    withoutSchedule++;
                    continue;
                }
                objective += r.objective();
                r.houses().forEach(h -> byHouse.computeIfAbsent(h.house(), k -> new Sum()).add(r.date(), h));
            }
            Sum all = new Sum();
            byHouse.values().forEach(all::addAll);
            List<Object> row = new ArrayList<>(List.of(variant.name()));
            for (String parameter : parameters) {
                row.add(variant.parameters().get(parameter));
            }
            row.addAll(Arrays.asList(mine.size() - withoutSchedule, withoutSchedule, cell(objective),
                    cell(all.net), cell(all.standalone), cell(all.net - all.standalone),
                    (int) byHouse.values().stream().filter(s -> s.net - s.standalone < -WORSE_OFF_TOLERANCE).count(),
                    (int) byHouse.values().stream().filter(s -> s.worseOffDays > 0).count(), all.worseOffDays));
            rows.add(row);
        }
        return new StudyTable(name(VARIANTS), columns, rows::stream);
    }

    /** A number cell: {@code null} for a value that is missing or NaN (an empty CSV cell, a Parquet null). */
    private static Double cell(Double value) {
        return value == null || value.isNaN() ? null : value;
    }

    /** A table's name from its CSV file's. */
    private static String name(String csvFile) {
        return csvFile.substring(0, csvFile.length() - ".csv".length());
    }

    private static StudyTable.Column date() {
        return new StudyTable.Column("date", StudyTable.Type.DATE);
    }

    private static StudyTable.Column text(String name) {
        return new StudyTable.Column(name, StudyTable.Type.TEXT);
    }

    private static StudyTable.Column integer(String name) {
        return new StudyTable.Column(name, StudyTable.Type.INTEGER);
    }

    private static StudyTable.Column number(String name) {
        return new StudyTable.Column(name, StudyTable.Type.NUMBER);
    }

    private Variant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalStateException("a result of variant " + name + ", which the study does not have"));
    }

    /** Money and days added up over house-days. */
    private static final class Sum {
        private final Set<String> days = new TreeSet<>();
        private double net;
        private double standalone;
        private int worseOffDays;

        void add(String date, JobResult.HouseDay house) {
            days.add(date);
            net += house.net();
            standalone += house.standaloneNet();
            if (house.gain() < -WORSE_OFF_TOLERANCE) {
                worseOffDays++;
            }
        }

        void addAll(Sum other) {
            days.addAll(other.days);
            net += other.net;
            standalone += other.standalone;
            worseOffDays += other.worseOffDays;
        }

        List<Object> row(List<String> leading, String key) {
            List<Object> row = new ArrayList<>(leading);
            row.addAll(List.of(key.split("\u0000")));
            row.addAll(Arrays.asList(days.size(), cell(net), cell(standalone), cell(net - standalone),
                    worseOffDays));
            return row;
        }
    }
}
