package org.cemc.study.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.result.Flow;
import org.cemc.result.ProfitTerm;
import org.cemc.study.plan.Variant;

/**
 * A study's tables, from its jobs' results (docs/studies.md, "Outputs"): one row per job ({@value #JOBS}), each
 * house's day (long format, {@value #SETTLEMENT}), and per variant each house's and each EC's year and months, with
 * how many houses were worse off than standing alone on how many days. Rows follow the study's variants and dates,
 * so the same results give the same bytes. Each file is written beside its place and renamed into it.
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
    static final double WORSE_OFF_TOLERANCE = 1e-4;

    private final List<Variant> variants;
    private final List<String> parameters;
    private final List<JobResult> results;

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

    /** Writes every table into {@code folder}; returns their names. */
    public List<String> write(Path folder) {
        writeJobs(folder.resolve(JOBS));
        writeSettlement(folder.resolve(SETTLEMENT));
        writeAggregates(folder.resolve(HOUSES_ANNUAL), folder.resolve(HOUSES_MONTHLY), true);
        writeAggregates(folder.resolve(COMMUNITIES_ANNUAL), folder.resolve(COMMUNITIES_MONTHLY), false);
        writeVariants(folder.resolve(VARIANTS));
        return List.of(JOBS, SETTLEMENT, HOUSES_ANNUAL, HOUSES_MONTHLY, COMMUNITIES_ANNUAL, COMMUNITIES_MONTHLY,
                VARIANTS);
    }

    private void writeJobs(Path file) {
        List<String> header = new ArrayList<>(List.of("date", "variant"));
        header.addAll(parameters);
        header.addAll(List.of("status", "objective", "proven_gap", "solve_seconds", "periods"));
        for (ProfitTerm term : ProfitTerm.values()) {
            header.add(term.key());
        }
        write(file, header, csv -> {
            for (JobResult r : results) {
                List<Object> row = new ArrayList<>(List.of(r.date(), r.variant()));
                Map<String, String> values = variant(r.variant()).parameters();
                for (String parameter : parameters) {
                    row.add(values.getOrDefault(parameter, ""));
                }
                row.addAll(List.of(r.status(), number(r.objective()), number(r.provenGap()),
                        number(r.solveSeconds()), r.periods()));
                for (ProfitTerm term : ProfitTerm.values()) {
                    row.add(r.terms().containsKey(term.key()) ? number(r.terms().get(term.key())) : "");
                }
                csv.printRecord(row);
            }
        });
    }

    private void writeSettlement(Path file) {
        List<String> header = new ArrayList<>(List.of("date", "variant", "house", "community", "net",
                "social_welfare_value", "standalone_net", "gain"));
        for (Flow flow : Flow.values()) {
            header.add(flow.key());
        }
        write(file, header, csv -> {
            for (JobResult r : results) {
                for (JobResult.HouseDay house : r.houses()) {
                    List<Object> row = new ArrayList<>(List.of(r.date(), r.variant(), house.house(), house.community(),
                            number(house.net()), number(house.socialWelfare()), number(house.standaloneNet()),
                            number(house.gain())));
                    for (Flow flow : Flow.values()) {
                        row.add(number(house.flows().getOrDefault(flow.key(), Double.NaN)));
                    }
                    csv.printRecord(row);
                }
            }
        });
    }

    /**
     * Per variant and house (or EC), over the year and per month: days with a result, net money, standing alone,
     * gain, and on how many days it was worse off; an EC's money is its houses' added up, and its worse-off count
     * is of house-days.
     */
    private void writeAggregates(Path annualFile, Path monthlyFile, boolean byHouse) {
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
        List<String> columns = byHouse ? List.of("house", "community") : List.of("community");
        List<String> header = new ArrayList<>(List.of("variant"));
        header.addAll(columns);
        header.addAll(List.of("days", "net", "standalone_net", "gain", "days_worse_off"));
        write(annualFile, header, csv -> {
            for (Variant variant : variants) {
                for (Map.Entry<String, Sum> entry : annual.getOrDefault(variant.name(), Map.of()).entrySet()) {
                    csv.printRecord(entry.getValue().row(List.of(variant.name()), entry.getKey()));
                }
            }
        });
        List<String> monthlyHeader = new ArrayList<>(List.of("variant", "month"));
        monthlyHeader.addAll(header.subList(1, header.size()));
        write(monthlyFile, monthlyHeader, csv -> {
            for (Variant variant : variants) {
                for (Map.Entry<String, Map<String, Sum>> month : new TreeMap<>(monthly).entrySet()) {
                    String[] variantMonth = month.getKey().split("\u0000");
                    if (!variantMonth[0].equals(variant.name())) {
                        continue;
                    }
                    for (Map.Entry<String, Sum> entry : month.getValue().entrySet()) {
                        csv.printRecord(entry.getValue().row(List.of(variant.name(), variantMonth[1]), entry.getKey()));
                    }
                }
            }
        });
    }

    /**
     * Per variant: days with a result and without one, the community's profit over them, and the houses worse off
     * than standing alone: over the whole period, and on at least one day (with how many house-days).
     */
    private void writeVariants(Path file) {
        List<String> header = new ArrayList<>(List.of("variant"));
        header.addAll(parameters);
        header.addAll(List.of("days", "days_without_schedule", "objective", "net", "standalone_net", "gain",
                "houses_worse_off_over_the_period", "houses_worse_off_on_some_day", "house_days_worse_off"));
        write(file, header, csv -> {
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
                    row.add(variant.parameters().getOrDefault(parameter, ""));
                }
                row.addAll(List.of(mine.size() - withoutSchedule, withoutSchedule, number(objective),
                        number(all.net), number(all.standalone), number(all.net - all.standalone),
                        byHouse.values().stream().filter(s -> s.net - s.standalone < -WORSE_OFF_TOLERANCE).count(),
                        byHouse.values().stream().filter(s -> s.worseOffDays > 0).count(), all.worseOffDays));
                csv.printRecord(row);
            }
        });
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
            row.addAll(List.of(days.size(), number(net), number(standalone), number(net - standalone),
                    worseOffDays));
            return row;
        }
    }

    /** Rounded to 1e-9 without trailing zeros; NaN as an empty cell. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void write(Path file, List<String> header, Rows rows) {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                         .setHeader(header.toArray(String[]::new)).build())) {
                rows.print(csv);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
