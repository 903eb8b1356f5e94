package org.cemc.report.study;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cemc.study.plan.Variant;
import org.cemc.study.run.StudyTable;
import org.cemc.study.run.StudyTables;

/**
 * The numbers a study's plots show, taken from its tables (so a plot and a table never disagree): the community's
 * profit per variant and month, the annual profit against each swept parameter, and each house's annual gain over
 * standing alone per variant. "Profit" is the paper's objective, the community's profit by the checked schedules,
 * added up over the days that have one.
 *
 * @param variants the variants, in the study's order
 * @param months every month with a job result, in order
 * @param monthlyProfit per variant, the profit of each month of {@code months}; {@code null} where the variant has no
 *     scheduled day in that month
 * @param sensitivities per swept parameter with two values or more, the annual profit against its values
 * @param annualGains per variant with houses, each house's gain over the period (money in the community minus
 *     standing alone), in the order of houses-annual.csv
 */
public record StudyFigures(List<String> variants, List<YearMonth> months, Map<String, List<Double>> monthlyProfit,
                           List<Sensitivity> sensitivities, Map<String, List<Double>> annualGains) {

    /**
     * The annual profit against one parameter's values: for each value, the mean of the annual profit of the variants
     * that set the parameter to it, over the values of the other parameters (each combination of them counts once
     * per variant); variants that do not set the parameter are left out.
     *
     * @param parameter the parameter's name
     * @param values its values as written, in ascending order when all are numbers, else in the study's order
     * @param meanAnnualProfit the mean annual profit at each value
     */
    public record Sensitivity(String parameter, List<String> values, List<Double> meanAnnualProfit) {
        /** Whether every value is a number (then they are in ascending order). */
        public boolean numeric() {
            return values.stream().allMatch(StudyFigures::isNumber);
        }
    }

    /** The figures of {@code tables}. */
    public static StudyFigures of(StudyTables tables) {
        Map<String, StudyTable> byFile = new LinkedHashMap<>();
        tables.tables().forEach(table -> byFile.put(table.csvFile(), table));
        List<String> variants = tables.variants().stream().map(Variant::name).toList();

        StudyTable jobs = byFile.get(StudyTables.JOBS);
        int date = jobs.column("date");
        int jobVariant = jobs.column("variant");
        int objective = jobs.column("objective");
        SortedMap<YearMonth, Map<String, Double>> profitByMonth = new TreeMap<>();
        for (List<Object> row : jobs.rows().toList()) {
            Map<String, Double> month = profitByMonth.computeIfAbsent(YearMonth.from((LocalDate) row.get(date)),
                    m -> new LinkedHashMap<>());
            if (row.get(objective) != null) {
                month.merge((String) row.get(jobVariant), (Double) row.get(objective), Double::sum);
            }
        }
        List<YearMonth> months = List.copyOf(profitByMonth.keySet());
        Map<String, List<Double>> monthlyProfit = new LinkedHashMap<>();
        for (String variant : variants) {
            List<Double> profits = new ArrayList<>();
            profitByMonth.values().forEach(month -> profits.add(month.get(variant)));
            monthlyProfit.put(variant, Collections.unmodifiableList(profits));
        }

        StudyTable variantTable = byFile.get(StudyTables.VARIANTS);
        List<Sensitivity> sensitivities = new ArrayList<>();
        for (String parameter : tables.parameters()) {
            Sensitivity sensitivity = sensitivity(variantTable, parameter);
            if (sensitivity.values().size() >= 2) {
                sensitivities.add(sensitivity);
            }
        }

        StudyTable housesAnnual = byFile.get(StudyTables.HOUSES_ANNUAL);
        int houseVariant = housesAnnual.column("variant");
        int gain = housesAnnual.column("gain");
        Map<String, List<Double>> annualGains = new LinkedHashMap<>();
        for (String variant : variants) {
            List<Double> gains = housesAnnual.rows().filter(row -> variant.equals(row.get(houseVariant)))
                    .map(row -> (Double) row.get(gain)).toList();
            if (!gains.isEmpty()) {
                annualGains.put(variant, gains);
            }
        }
        return new StudyFigures(variants, months, monthlyProfit, List.copyOf(sensitivities), annualGains);
    }

    private static Sensitivity sensitivity(StudyTable variantTable, String parameter) {
        int column = variantTable.column(parameter);
        int objective = variantTable.column("objective");
        Map<String, double[]> sumAndCount = new LinkedHashMap<>();
        for (List<Object> row : variantTable.rows().toList()) {
            String value = (String) row.get(column);
            if (value != null) {
                double[] sum = sumAndCount.computeIfAbsent(value, v -> new double[2]);
                sum[0] += (Double) row.get(objective);
                sum[1]++;
            }
        }
        List<String> values = new ArrayList<>(sumAndCount.keySet());
        if (values.stream().allMatch(StudyFigures::isNumber)) {
            values.sort(Comparator.comparingDouble(Double::parseDouble));
        }
        return new Sensitivity(parameter, List.copyOf(values),
                values.stream().map(v -> sumAndCount.get(v)[0] / sumAndCount.get(v)[1]).toList());
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
