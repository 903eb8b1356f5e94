package org.cemc.report.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.cemc.study.plan.Variant;
import org.cemc.study.run.JobFailure;
import org.cemc.study.run.JobResult;
import org.cemc.study.run.StudyTable;
import org.cemc.study.run.StudyTables;

/**
 * study.html: one self-contained page (plots embedded as data URIs, no script, no external resource) of a study: what
 * it was (name, dates, variants, parameters), the variants table, the plots, the houses worse off than standing alone,
 * the days without a schedule and the jobs that failed. Written as well-formed XML, as the single day's report.
 */
public final class StudyReport {
    public static final String FILE = "study.html";

    /**
     * Rows shown of a list (worse-off houses, days without a schedule); beyond, the page points to the CSV file that
     * has them all, so that a large study keeps a page one can open.
     */
    static final int MAX_ROWS = 200;

    private StudyReport() {
    }

    /**
     * Writes the study's plots and study.html into {@code out}.
     *
     * @param tables the study's tables, as written beside them
     * @param studyName the study's name (study.yaml's {@code name})
     * @param failures the jobs that ended in an error, without a result
     */
    public static void write(Path out, StudyTables tables, String studyName, List<JobFailure> failures)
            throws IOException {
        List<StudyPlots.Plot> plots = StudyPlots.write(out, StudyFigures.of(tables));
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>CEMC study: ")
                .append(escape(studyName)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #bbb;padding:3px 8px;vertical-align:top}")
                .append("th{background:#eee;text-align:left}")
                .append("td.n{text-align:right;white-space:nowrap}.warn{color:#b00}img{max-width:100%}")
                .append("@media print{body{margin:0;max-width:none;font-size:10pt}table{font-size:8pt}")
                .append("figure,tr{break-inside:avoid}}")
                .append("</style></head><body>\n");
        StudyTable jobs = table(tables, StudyTables.JOBS);
        about(html, studyName, tables, jobs);
        html.append("<h2 id=\"variants\">Variants (").append(StudyTables.VARIANTS).append(")</h2>\n");
        StudyTable variants = table(tables, StudyTables.VARIANTS);
        table(html, variants, variants.rows().toList());
        plots(html, out, plots);
        worseOff(html, table(tables, StudyTables.HOUSES_ANNUAL));
        withoutSchedule(html, jobs);
        failures(html, failures);
        html.append("</body></html>\n");
        Files.writeString(out.resolve(FILE), html, StandardCharsets.UTF_8);
    }

    private static void about(StringBuilder html, String studyName, StudyTables tables, StudyTable jobs) {
        int date = jobs.column("date");
        List<LocalDate> dates = jobs.rows().map(row -> (LocalDate) row.get(date)).distinct().sorted()
                .toList();
        html.append("<h1>").append(escape(studyName)).append("</h1>\n<p>");
        if (dates.isEmpty()) {
            html.append("No job has a result yet.");
        } else {
            html.append(dates.size()).append(dates.size() == 1 ? " day" : " days").append(" with a result, from ")
                    .append(dates.get(0)).append(" to ").append(dates.get(dates.size() - 1)).append("; ")
                    .append(jobs.rows().count()).append(" jobs (a day under a variant).");
        }
        html.append("</p>\n<p>").append(tables.variants().size()).append(" variants");
        if (!tables.parameters().isEmpty()) {
            html.append(", setting ").append(escape(String.join(", ", tables.parameters())));
        }
        html.append(":</p>\n<ul>");
        for (Variant variant : tables.variants()) {
            html.append("<li>").append(escape(variant.name()));
            if (!variant.parameters().isEmpty()) {
                List<String> settings = new ArrayList<>();
                variant.parameters().forEach((name, value) -> settings.add(name + " = " + value));
                html.append(": ").append(escape(String.join(", ", settings)));
            } else {
                html.append(": the case unchanged");
            }
            html.append("</li>");
        }
        html.append("</ul>\n<p>Profit is the paper's objective, the community's profit by the checked schedule, "
                + "added up over the days with one; a house's gain is its money in the community minus its money "
                + "standing alone (no P2P, no guest EVs, its own DR contract). The tables are beside this page as CSV "
                + "and Parquet files.</p>\n");
    }

    private static void plots(StringBuilder html, Path out, List<StudyPlots.Plot> plots) throws IOException {
        html.append("<h2 id=\"plots\">Plots</h2>\n");
        if (plots.isEmpty()) {
            html.append("<p>No job has a schedule yet, so there is nothing to plot.</p>\n");
        }
        for (StudyPlots.Plot plot : plots) {
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(out.resolve(plot.file())));
            html.append("<figure><img alt=\"").append(escape(plot.caption())).append("\" data-file=\"")
                    .append(escape(plot.file())).append("\" src=\"data:image/png;base64,").append(data)
                    .append("\"/><figcaption>").append(escape(plot.caption())).append("</figcaption></figure>\n");
        }
    }

    /** The houses worse off than standing alone on at least one day, per variant, from houses-annual. */
    private static void worseOff(StringBuilder html, StudyTable housesAnnual) {
        int daysWorseOff = housesAnnual.column("days_worse_off");
        List<List<Object>> rows = housesAnnual.rows()
                .filter(row -> (Integer) row.get(daysWorseOff) > 0).toList();
        html.append("<h2 id=\"worse-off\">Houses worse off than standing alone</h2>\n");
        if (rows.isEmpty()) {
            html.append("<p>None: every house had at least its money standing alone on every day.</p>\n");
            return;
        }
        int gain = housesAnnual.column("gain");
        long overThePeriod = rows.stream()
                .filter(row -> (Double) row.get(gain) < -StudyTables.WORSE_OFF_TOLERANCE).count();
        html.append("<p class=\"warn\">").append(rows.size()).append(" house").append(rows.size() == 1 ? "" : "s")
                .append(" (counted per variant) worse off on at least one day; ").append(overThePeriod)
                .append(" of them over the whole period (a negative gain).");
        html.append(more(rows.size(), StudyTables.HOUSES_ANNUAL)).append("</p>\n");
        table(html, housesAnnual, rows.subList(0, Math.min(rows.size(), MAX_ROWS)));
    }

    private static void withoutSchedule(StringBuilder html, StudyTable jobs) {
        int status = jobs.column("status");
        List<List<Object>> rows = jobs.rows()
                .filter(row -> JobResult.NO_SCHEDULE.equals(row.get(status))).toList();
        html.append("<h2 id=\"without-schedule\">Days without a schedule</h2>\n");
        if (rows.isEmpty()) {
            html.append("<p>None: every job with a result has a checked schedule.</p>\n");
            return;
        }
        html.append("<p class=\"warn\">").append(rows.size()).append(rows.size() == 1 ? " job" : " jobs")
                .append(" found no schedule within the time limit (status ").append(JobResult.NO_SCHEDULE)
                .append("); their days count in no sum.").append(more(rows.size(), StudyTables.JOBS))
                .append("</p>\n<table><tr><th>date</th><th>variant</th></tr>");
        int date = jobs.column("date");
        int variant = jobs.column("variant");
        for (List<Object> row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            html.append("<tr><td>").append(row.get(date)).append("</td><td>")
                    .append(escape((String) row.get(variant))).append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private static void failures(StringBuilder html, List<JobFailure> failures) {
        html.append("<h2 id=\"failures\">Job failures</h2>\n");
        if (failures.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<p class=\"warn\">").append(failures.size()).append(failures.size() == 1 ? " job" : " jobs")
                .append(" ended in an error and ha").append(failures.size() == 1 ? "s" : "ve")
                .append(" no result; running the study again retries ").append(failures.size() == 1 ? "it" : "them")
                .append(".</p>\n<table><tr><th>job</th><th>error</th></tr>");
        for (JobFailure failure : failures) {
            html.append("<tr><td>").append(escape(failure.jobId())).append("</td><td>")
                    .append(escape(failure.message())).append("</td></tr>");
        }
        html.append("</table>\n");
    }

    /** Where a list is cut at {@link #MAX_ROWS}: which file has the rest. */
    private static String more(int rows, String csvFile) {
        return rows > MAX_ROWS ? " The first " + MAX_ROWS + " are shown; " + csvFile + " has them all." : "";
    }

    /** Some rows of a table, with its header: numbers to two decimals, counts and text as they are. */
    private static void table(StringBuilder html, StudyTable table, List<List<Object>> rows) {
        html.append("<table><tr>");
        table.columns().forEach(column -> html.append("<th>").append(escape(column.name())).append("</th>"));
        html.append("</tr>");
        for (List<Object> row : rows) {
            html.append("<tr>");
            for (Object cell : row) {
                if (cell instanceof Double number) {
                    html.append("<td class=\"n\">").append(money(number)).append("</td>");
                } else if (cell instanceof Integer count) {
                    html.append("<td class=\"n\">").append(count).append("</td>");
                } else {
                    html.append("<td>").append(cell == null ? "" : escape(cell.toString())).append("</td>");
                }
            }
            html.append("</tr>");
        }
        html.append("</table>\n");
    }

    /** An amount to two decimals, never "-0.00". */
    static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", Math.abs(amount) < 0.005 ? 0 : amount);
    }

    private static StudyTable table(StudyTables tables, String csvFile) {
        return tables.tables().stream().filter(t -> t.csvFile().equals(csvFile)).findFirst().orElseThrow();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
