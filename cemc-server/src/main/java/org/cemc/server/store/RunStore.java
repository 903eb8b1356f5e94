package org.cemc.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runs table and each run's result files. Every change of status is one conditional UPDATE on the status it
 * leaves, so a run cancelled while it solves is never then marked done.
 */
public final class RunStore {
    private static final String SELECT = "SELECT id, case_id, options, status, progress, objective, relative_gap, "
            + "checker_passed, checks, message, created_at, started_at, finished_at FROM runs";

    private final Database database;

    public RunStore(Database database) {
        this.database = database;
    }

    /** Stores a new queued run of {@code caseId}; returns its id. */
    public long insertQueued(long caseId, String optionsJson, Instant now) {
        return database.read(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO runs (case_id, options, status, "
                    + "progress, created_at) VALUES (?, ?, ?, 0, ?)", new String[] {"id"})) {
                insert.setLong(1, caseId);
                insert.setString(2, optionsJson);
                insert.setString(3, RunStatus.QUEUED.key());
                Timestamps.set(insert, 4, now);
                insert.executeUpdate();
                return Keys.generated(insert);
            }
        });
    }

    public int countQueued() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM runs WHERE status = ?")) {
                select.setString(1, RunStatus.QUEUED.key());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /** The ids of the queued runs, oldest first. */
    public List<Long> queuedIds() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM runs WHERE status = ? ORDER BY id")) {
                select.setString(1, RunStatus.QUEUED.key());
                try (ResultSet rows = select.executeQuery()) {
                    List<Long> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                }
            }
        });
    }

    public Optional<RunRecord> find(long id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(record(rows)) : Optional.empty();
                }
            }
        });
    }

    /** The runs of a case, oldest first. */
    public List<RunRecord> ofCase(long caseId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE case_id = ? ORDER BY id")) {
                select.setLong(1, caseId);
                try (ResultSet rows = select.executeQuery()) {
                    List<RunRecord> runs = new ArrayList<>();
                    while (rows.next()) {
                        runs.add(record(rows));
                    }
                    return runs;
                }
            }
        });
    }

    /** queued → running; false if the run is not queued any more (cancelled, or deleted with its case). */
    public boolean start(long id, Instant now) {
        return database.read(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET status = ?, started_at = ? WHERE id = ? AND status = ?")) {
                update.setString(1, RunStatus.RUNNING.key());
                Timestamps.set(update, 2, now);
                update.setLong(3, id);
                update.setString(4, RunStatus.QUEUED.key());
                return update.executeUpdate() > 0;
            }
        });
    }

    /** Records how far a running run is (0 to 1); nothing for a run that is not running. */
    public void progress(long id, double progress) {
        database.read(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET progress = ? WHERE id = ? AND status = ?")) {
                update.setDouble(1, progress);
                update.setLong(2, id);
                update.setString(3, RunStatus.RUNNING.key());
                return update.executeUpdate();
            }
        });
    }

    /**
     * running → done or failed, with the result's files, in one transaction; false (and nothing stored) if the run
     * is not running any more.
     */
    public boolean finish(long id, RunResult result, Instant now) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE runs SET status = ?, progress = ?, "
                    + "objective = ?, relative_gap = ?, checker_passed = ?, checks = ?, message = ?, finished_at = ? "
                    + "WHERE id = ? AND status = ?")) {
                update.setString(1, result.status().key());
                update.setDouble(2, 1);
                setDouble(update, 3, result.objective());
                setDouble(update, 4, result.relativeGap());
                if (result.checkerPassed().isPresent()) {
                    update.setBoolean(5, result.checkerPassed().get());
                } else {
                    update.setNull(5, Types.BOOLEAN);
                }
                if (result.checks().isPresent()) {
                    update.setInt(6, result.checks().get());
                } else {
                    update.setNull(6, Types.INTEGER);
                }
                update.setString(7, result.message().orElse(null));
                Timestamps.set(update, 8, now);
                update.setLong(9, id);
                update.setString(10, RunStatus.RUNNING.key());
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO run_files (run_id, name, content) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
                    insert.setLong(1, id);
                    insert.setString(2, file.getKey());
                    insert.setBytes(3, file.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run_house_files (run_id, folder, "
                    + "house, schedule, settlement, guest_evs) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Map<String, HouseFiles>> folder : result.houseFiles().entrySet()) {
                    for (Map.Entry<String, HouseFiles> house : folder.getValue().entrySet()) {
                        insert.setLong(1, id);
                        insert.setString(2, folder.getKey());
                        insert.setString(3, house.getKey());
                        insert.setBytes(4, house.getValue().schedule());
                        insert.setBytes(5, house.getValue().settlement());
                        insert.setBytes(6, house.getValue().guestEvs());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return true;
        });
    }

    /**
     * One house's part of a run's files in {@code folder}; empty where the run stored none (it finished before
     * they were stored, or failed).
     */
    public Optional<HouseFiles> houseFiles(long runId, String folder, String house) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT schedule, settlement, guest_evs "
                    + "FROM run_house_files WHERE run_id = ? AND folder = ? AND house = ?")) {
                select.setLong(1, runId);
                select.setString(2, folder);
                select.setString(3, house);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new HouseFiles(rows.getBytes(1), rows.getBytes(2),
                            rows.getBytes(3))) : Optional.empty();
                }
            }
        });
    }

    /** queued or running → cancelled; false if the run had already ended (or does not exist). */
    public boolean cancel(long id, Instant now) {
        return database.read(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE runs SET status = ?, finished_at = ? "
                    + "WHERE id = ? AND status IN (?, ?)")) {
                update.setString(1, RunStatus.CANCELLED.key());
                Timestamps.set(update, 2, now);
                update.setLong(3, id);
                update.setString(4, RunStatus.QUEUED.key());
                update.setString(5, RunStatus.RUNNING.key());
                return update.executeUpdate() > 0;
            }
        });
    }

    /** At start: every run left running by a process that stopped becomes failed with {@code message}. */
    public int failRunning(String message, Instant now) {
        return database.read(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE runs SET status = ?, message = ?, "
                    + "finished_at = ? WHERE status = ?")) {
                update.setString(1, RunStatus.FAILED.key());
                update.setString(2, message);
                Timestamps.set(update, 3, now);
                update.setString(4, RunStatus.RUNNING.key());
                return update.executeUpdate();
            }
        });
    }

    /** One result file of a run, e.g. {@code profit.csv}. */
    public Optional<byte[]> file(long runId, String name) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT content FROM run_files WHERE run_id = ? AND name = ?")) {
                select.setLong(1, runId);
                select.setString(2, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    private static void setDouble(PreparedStatement statement, int index, Optional<Double> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setDouble(index, value.get());
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    private static RunRecord record(ResultSet row) throws SQLException {
        return new RunRecord(row.getLong("id"), row.getLong("case_id"), row.getString("options"),
                RunStatus.of(row.getString("status")), row.getDouble("progress"),
                Optional.ofNullable(row.getObject("objective", Double.class)),
                Optional.ofNullable(row.getObject("relative_gap", Double.class)),
                Optional.ofNullable(row.getObject("checker_passed", Boolean.class)),
                Optional.ofNullable(row.getObject("checks", Integer.class)),
                Optional.ofNullable(row.getString("message")),
                Timestamps.get(row, "created_at").orElseThrow(), Timestamps.get(row, "started_at"),
                Timestamps.get(row, "finished_at"));
    }
}
