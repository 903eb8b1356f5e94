package org.cemc.study.run;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One of a study's tables as data, the one description that both its CSV file and its Parquet file are written from
 * ({@link TableFiles}) and that the study's report reads: the columns with their types, and the rows. The rows are
 * made as they are read, each time, so that a year of thousands of houses' settlement is streamed into its files
 * rather than held a second time beside the results.
 *
 * <p>A row holds one cell per column: a {@link String} for {@link Type#TEXT}, a {@link LocalDate} for
 * {@link Type#DATE}, an {@link Integer} for {@link Type#INTEGER}, a finite {@link Double} for {@link Type#NUMBER};
 * {@code null} where there is no value (an empty CSV cell, a Parquet null).
 */
public final class StudyTable {
    /** What a column holds, and the Java class of its cells. */
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

    private final String name;
    private final List<Column> columns;
    private final Supplier<Stream<List<Object>>> rows;

    /**
     * @param name the table's name, its files' name without the extension ({@code jobs} for jobs.csv and
     *     jobs.parquet)
     * @param columns the columns, in order, their names unique
     * @param rows makes the rows, in order, each time it is called
     */
    public StudyTable(String name, List<Column> columns, Supplier<Stream<List<Object>>> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name()
                        + "; a column name must be unique (Parquet refuses a second one).");
            }
        }
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The rows, in order, each checked against the columns as it is made. */
    public Stream<List<Object>> rows() {
        return rows.get().map(this::checked);
    }

    private List<Object> checked(List<Object> row) {
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
        return Collections.unmodifiableList(row);
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
