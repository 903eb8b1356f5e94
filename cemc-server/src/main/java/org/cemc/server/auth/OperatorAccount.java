package org.cemc.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.cemc.server.store.Grant;
import org.cemc.server.store.TokenStore;

/**
 * The operator's account, made on the first start with an empty database: a token whose secret goes only to
 * {@code DATA/admin-token}, a file only its owner can read or write (rw-------).
 */
public final class OperatorAccount {
    public static final String TOKEN_FILE = "admin-token";

    private OperatorAccount() {
    }

    /**
     * Creates the operator's token if the database has none and writes it to {@code dataFolder/admin-token};
     * returns that file, or empty if the operator already existed (the file is then left as it is).
     */
    public static Optional<Path> createIfMissing(TokenStore tokens, Path dataFolder) throws IOException {
        if (tokens.hasOperator()) {
            return Optional.empty();
        }
        String token = Tokens.newToken();
        Path file = dataFolder.resolve(TOKEN_FILE);
        // Written to a file that is owner-only from its creation, then moved in place, so the secret is never in a
        // file others can read, not even for a moment.
        Path partial = Files.createTempFile(dataFolder, TOKEN_FILE, ".partial",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(partial, token + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        tokens.insert(Tokens.hash(token), Grant.operator(), Instant.now());
        return Optional.of(file);
    }
}
