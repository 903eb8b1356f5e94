package org.cemc.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cases table, with each case's files and house ids. */
public final class CaseStore {
    private static final String SELECT = "SELECT c.id, c.name, c.periods, c.created_at, "
            + "(SELECT COUNT(*) FROM case_houses h WHERE h.case_id = c.id) AS houses FROM cases c";

    private final Database database;

    public CaseStore(Database database) {
        this.database = database;
    }

    /** Stores a case read and validated from {@code files}, all or nothing; returns its id. */
    public long insert(String name, int periods, List<String> houses, Map<String, byte[]> files, Instant now) {
        return database.transaction(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cases (name, periods, created_at) VALUES (?, ?, ?)", new String[] {"id"})) {
                insert.setString(1, name);
                insert.setInt(2, periods);
                Timestamps.set(insert, 3, now);
                insert.executeUpdate();
                id = Keys.generated(insert);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO case_files (case_id, name, content) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    insert.setLong(1, id);
                    insert.setString(2, file.getKey());
                    insert.setBytes(3, file.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO case_houses (case_id, position, house) VALUES (?, ?, ?)")) {
                for (int position = 0; position < houses.size(); position++) {
                    insert.setLong(1, id);
                    insert.setInt(2, position);
                    insert.setString(3, houses.get(position));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return id;
        });
    }

    public List<CaseRecord> list() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY c.id");
                 ResultSet rows = select.executeQuery()) {
                List<CaseRecord> cases = new ArrayList<>();
                while (rows.next()) {
                    cases.add(record(rows));
                }
                return cases;
            }
        });
    }

    public Optional<CaseRecord> find(long id) {
        return database.read(connection -> find(connection, id));
    }

    private static Optional<CaseRecord> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE c.id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(record(rows)) : Optional.empty();
            }
        }
    }

    /** The case's house ids, in the case's order (empty for an unknown case). */
    /** Whether the case has house {@code house}: one primary-key lookup, whatever the case's size. */
    public boolean hasHouse(long caseId, String house) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM case_houses WHERE case_id = ? AND house = ?")) {
                select.setLong(1, caseId);
                select.setString(2, house);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    public List<String> houses(long caseId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT house FROM case_houses WHERE case_id = ? ORDER BY position")) {
                select.setLong(1, caseId);
                try (ResultSet rows = select.executeQuery()) {
                    List<String> houses = new ArrayList<>();
                    while (rows.next()) {
                        houses.add(rows.getString("house"));
                    }
                    return houses;
                }
            }
        });
    }

    /** The case's files by their path in the case folder (empty for an unknown case). */
    public Map<String, byte[]> files(long caseId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, content FROM case_files WHERE case_id = ? ORDER BY name")) {
                select.setLong(1, caseId);
                try (ResultSet rows = select.executeQuery()) {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    while (rows.next()) {
                        files.put(rows.getString("name"), rows.getBytes("content"));
                    }
                    return files;
                }
            }
        });
    }

    /** Deletes the case with its files, runs, results and household tokens; false if there was none. */
    public boolean delete(long id) {
        return database.read(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cases WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static CaseRecord record(ResultSet row) throws SQLException {
        return new CaseRecord(row.getLong("id"), row.getString("name"), row.getInt("houses"), row.getInt("periods"),
                Timestamps.get(row, "created_at").orElseThrow());
    }
}
