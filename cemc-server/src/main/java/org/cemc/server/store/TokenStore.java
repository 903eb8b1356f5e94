package org.cemc.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The tokens table: the SHA-256 of each token (never the token) with what it grants. */
public final class TokenStore {
    private final Database database;

    public TokenStore(Database database) {
        this.database = database;
    }

    public void insert(String tokenHash, Grant grant, Instant now) {
        database.read(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO tokens (token_hash, role, case_id, house, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, tokenHash);
                insert.setString(2, grant.role().name().toLowerCase(Locale.ROOT));
                insert.setObject(3, grant.caseId().orElse(null));
                insert.setString(4, grant.house().orElse(null));
                Timestamps.set(insert, 5, now);
                return insert.executeUpdate();
            }
        });
    }

    /** What the token with this hash grants; empty for a hash no token has. */
    public Optional<Grant> find(String tokenHash) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT role, case_id, house FROM tokens WHERE token_hash = ?")) {
                select.setString(1, tokenHash);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Grant.Role role = Grant.Role.valueOf(rows.getString("role").toUpperCase(Locale.ROOT));
                    return Optional.of(new Grant(role, Optional.ofNullable(rows.getObject("case_id", Long.class)),
                            Optional.ofNullable(rows.getString("house"))));
                }
            }
        });
    }

    public boolean hasOperator() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM tokens WHERE role = ?")) {
                select.setString(1, "operator");
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) > 0;
                }
            }
        });
    }
}
