package org.cemc.study.run;

import static com.jerolba.carpet.model.FieldTypes.DOUBLE;
import static com.jerolba.carpet.model.FieldTypes.INTEGER;
import static com.jerolba.carpet.model.FieldTypes.LOCAL_DATE;
import static com.jerolba.carpet.model.FieldTypes.STRING;
import static com.jerolba.carpet.model.FieldTypes.writeRecordModel;

import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.model.FieldType;
import com.jerolba.carpet.model.WriteRecordModelType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A {@link StudyTable} written as CSV and as Parquet, each to a hidden file beside its place and renamed into it, so
 * a reader never sees half a table.
 */
final class TableFiles {
    private TableFiles() {
    }

    /** The CSV file: a header of the column names, one line per row, an empty cell for a null. */
    static void writeCsv(Path file, StudyTable table) {
        atomically(file, temporary -> {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                         .setHeader(table.columns().stream().map(StudyTable.Column::name).toArray(String[]::new))
                         .build())) {
                for (Iterator<List<Object>> rows = table.rows().iterator(); rows.hasNext(); ) {
                    List<Object> row = rows.next();
                    List<String> cells = new ArrayList<>(row.size());
                    for (Object cell : row) {
                        cells.add(csvCell(cell));
                    }
                    csv.printRecord(cells);
                }
            }
        });
    }

    /** A number rounded to 1e-9 without trailing zeros; a date in ISO; a null as an empty cell. */
    static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double number) {
            return BigDecimal.valueOf(number).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    /**
     * The Parquet file: one optional column per table column (STRING, DATE, INT32 or DOUBLE by its type), nulls where
     * the CSV is empty, numbers unrounded. The schema is built from the table's columns at run time (a study's
     * parameters are columns), through Carpet's write model over the rows as lists.
     */
    static void writeParquet(Path file, StudyTable table) {
        WriteRecordModelType<Row> model = writeRecordModel(Row.class);
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            StudyTable.Column described = table.columns().get(c);
            model.withField(described.name(), parquetType(described.type()), row -> row.cells().get(column));
        }
        atomically(file, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary);
                 CarpetWriter<Row> writer = new CarpetWriter.Builder<>(out, Row.class).withWriteRecordModel(model)
                         .build()) {
                for (Iterator<List<Object>> rows = table.rows().iterator(); rows.hasNext(); ) {
                    writer.write(new Row(rows.next()));
                }
            }
        });
    }

    private static FieldType parquetType(StudyTable.Type type) {
        return switch (type) {
            case TEXT -> STRING;
            case DATE -> LOCAL_DATE;
            case INTEGER -> INTEGER;
            case NUMBER -> DOUBLE;
        };
    }

    /** A table's row as the Parquet writer's record: the write model reads each column's cell from it. */
    private record Row(List<Object> cells) {
    }

    private interface Content {
        void write(Path temporary) throws IOException;
    }

    private static void atomically(Path file, Content content) {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try {
                content.write(temporary);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                // Gone after the move; after a failure, half a table is not left lying beside the tables.
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
