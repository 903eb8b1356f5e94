package org.cemc.server.dashboard;

import java.util.List;
import java.util.Map;

/**
 * The dashboard's HTML: every value escaped where it is written, one small inline style sheet, no inline script
 * (the charts' script is a file, {@link RunCharts}) and nothing loaded from elsewhere.
 */
final class Html {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em}
            td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3;text-align:left}
            .error{color:#a00}.muted{color:#777}header{display:flex;justify-content:space-between;align-items:center}
            figure.chart{margin:0 0 1.5em}figcaption{font-weight:600;margin:.3em 0}
            """;

    private Html() {
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page; {@code head} is extra markup for the head (e.g. a refresh), {@code body} already escaped. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · CEMC</title><style>" + STYLE + "</style>" + head + "</head><body>" + body + "</body></html>\n";
    }

    /** The top of a signed-in page: its title and the sign-out button. */
    static String header(String title, String who) {
        return "<header><h1>" + escape(title) + "</h1><form method=\"post\" action=\"/sign-out\"><span class=\"muted\">"
                + escape(who) + "</span> <button type=\"submit\">Sign out</button></form></header>";
    }

    /** A table of rows (column → value), the given columns in order; numbers right-aligned. */
    static String table(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        columns.forEach(column -> html.append("<th>").append(escape(column)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Map<String, Object> row : rows) {
            html.append("<tr>");
            for (String column : columns) {
                Object value = row.get(column);
                html.append(value instanceof Number ? "<td class=\"n\">" : "<td>").append(escape(value))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
