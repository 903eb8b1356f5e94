package org.cemc.study.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One of a study's tables as data, the one description that both its CSV file and its Parquet file are written from
 * ({@link TableFiles}) and that the study's report reads: the columns with their types, and the rows.
 *
 * @param name the table's name, its files' name without the extension ({@code jobs} for jobs.csv and jobs.parquet)
 * @param columns the columns, in order
 * @param rows each row's cells, one per column: a {@link String} for {@link Type#TEXT}, a {@link LocalDate} for
 *     {@link Type#DATE}, an {@link Integer} for {@link Type#INTEGER}, a finite {@link Double} for {@link Type#NUMBER};
 *     {@code null} where there is no value (an empty CSV cell, a Parquet null)
 */
public record StudyTable(String name, List<Column> columns, List<List<Object>> rows) {
    /** What a column holds; see {@link StudyTable#rows()} for each type's Java class. */
    public enum Type {
        /** Names and values as written (a variant's parameter keeps "0.030"); Parquet STRING. */
        TEXT(String.class),
        /** A calendar day; ISO in the CSV, Parquet DATE. */
        DATE(LocalDate.class),
        /** A count; Parquet INT32. */
        INTEGER(Integer.class),
        /** Money, seconds, a gap; Parquet DOUBLE. */
        NUMBER(Double.class);

        private final Class<?> javaClass;

        Type(Class<?> javaClass) {
            this.javaClass = javaClass;
        }

        /** The class of the column's cells. */
        public Class<?> javaClass() {
            return javaClass;
        }
    }

    /** A column: its name (the CSV header's) and type. */
    public record Column(String name, Type type) {
    }

    public StudyTable {
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name()
                        + "; a column name must be unique (Parquet refuses a second one).");
            }
        }
        List<List<Object>> checked = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": a row of " + row.size() + " cells for "
                        + columns.size() + " columns (" + row + ")");
            }
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell != null && !columns.get(c).type().javaClass().isInstance(cell)) {
                    throw new IllegalArgumentException("table " + name + ", column " + columns.get(c).name() + ": "
                            + cell + " is a " + cell.getClass().getSimpleName() + ", not the column's "
                            + columns.get(c).type());
                }
                if (cell instanceof Double number && !Double.isFinite(number)) {
                    throw new IllegalArgumentException("table " + name + ", column " + columns.get(c).name() + ": "
                            + cell + " is not a number; leave the cell null instead");
                }
            }
            // Collections.unmodifiableList, not List.copyOf: a row holds nulls.
            checked.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(checked);
    }

    /** The index of the column named {@code column}. */
    public int column(String column) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + column + "; it has "
                + columns.stream().map(Column::name).toList());
    }

    /** The table's CSV file name. */
    public String csvFile() {
        return name + ".csv";
    }

    /** The table's Parquet file name. */
    public String parquetFile() {
        return name + ".parquet";
    }
}
