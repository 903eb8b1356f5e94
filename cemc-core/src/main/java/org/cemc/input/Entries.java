package org.cemc.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The entries of {@code houses:} or {@code guest_evs:}: listed in case.yaml, or one per line of the CSV table it
 * names. Both are built into the same entry records, so that a section validates them once whichever the source;
 * each entry knows where it was written, so that messages name the field of case.yaml or the table's line and
 * column.
 */
final class Entries<T> {
    private final List<T> list;
    private final String document;
    private final String key;
    private final CaseSource source;
    /** For a table, the line of each entry; null for a list in case.yaml. */
    private final List<Integer> lines;

    private Entries(List<T> list, String document, String key, CaseSource source, List<Integer> lines) {
        this.list = list;
        this.document = document;
        this.key = key;
        this.source = source;
        this.lines = lines;
    }

    /**
     * The entries under {@code key} of case.yaml, none when it is left out.
     *
     * @param entry one entry from one line of the table; a blank cell is a field not given
     */
    static <T> Optional<Entries<T>> read(CaseSource source, CaseDocument.ListOrTable<T> given, String key,
                                         CsvTable.Columns columns, BiFunction<CsvTable, CsvTable.Line, T> entry) {
        if (given == null) {
            return Optional.empty();
        }
        if (given.table().isEmpty()) {
            List<T> list = given.list() == null ? List.of() : given.list();
            return Optional.of(new Entries<>(list, CaseReader.CASE_FILE, key, source, null));
        }
        String name = given.table().get();
        List<T> list = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CsvTable table = source.table(name, key, columns)) {
            table.forEach(line -> {
                list.add(entry.apply(table, line));
                lines.add(line.number());
            });
        }
        return Optional.of(new Entries<>(list, name, key, source, lines));
    }

    List<T> list() {
        return list;
    }

    /** The file the entries were written in, as case.yaml names it: {@code case.yaml} or the table's name. */
    String document() {
        return document;
    }

    /** Where an entry is: {@code my-case/case.yaml} or {@code my-case/house-list.csv line 3}. */
    String entry(int index) {
        return lines == null ? source.yaml() : source.describe(document) + " line " + lines.get(index);
    }

    /**
     * Where a field of an entry is: {@code my-case/case.yaml, field houses[2].charger_kw} or
     * {@code my-case/house-list.csv line 3, column "charger_kw"}.
     */
    String field(int index, String field) {
        return lines == null ? source.field(key + "[" + index + "]." + field)
                : entry(index) + ", column \"" + field + "\"";
    }

    /** A place naming the whole list or table, for a problem with it as a whole. */
    String whole() {
        return lines == null ? source.field(key) : source.describe(document);
    }
}
