package org.cemc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.cemc.server.auth.OperatorAccount;
import org.cemc.server.auth.Tokens;
import org.cemc.server.cases.UploadLimits;
import org.cemc.server.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start makes the operator's account; later starts keep it; a start that cannot be had says why. */
class ServerStartTest {
    @TempDir
    Path data;

    @Test
    void theFirstStartWritesTheOperatorsTokenForTheOwnerOnlyAndSaysWhereNotWhat() throws Exception {
        Path folder = data.resolve("new-data");
        String token;
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(folder), folder)) {
            Path file = folder.resolve(OperatorAccount.TOKEN_FILE);
            token = server.operatorToken();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(server.said()).anySatisfy(line -> assertThat(line).contains(file.toString()));
            assertThat(String.join("\n", server.said())).doesNotContain(token);
            assertThat(server.get("/api/v1/cases", token).statusCode()).isEqualTo(200);
        }
        try (TestServer again = TestServer.start(TestDatabases.H2.fresh(folder), folder)) {
            assertThat(again.operatorToken()).isEqualTo(token);
            assertThat(again.said()).noneSatisfy(line -> assertThat(line).contains("created"));
            assertThat(again.get("/api/v1/cases", token).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void onlyTheTokensHashIsStored() throws Exception {
        String token;
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            token = server.operatorToken();
        }
        // Read once the server has closed the database file.
        byte[] database = Files.readAllBytes(data.resolve("cemc.mv.db"));
        String stored = new String(database, java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(stored).doesNotContain(token).contains(Tokens.hash(token));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAStartFailureNamingIt() {
        DatabaseSettings nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/cemc", "cemc", "secret");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, data, nowhere, 1, 1, UploadLimits.defaults());

        assertThatThrownBy(() -> Server.start(config, line -> { })).isInstanceOf(StartFailure.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/cemc").hasMessageNotContaining("secret");
        assertThat(nowhere.toString()).doesNotContain("secret");
    }

    @Test
    void aPortInUseIsAStartFailure() {
        try (TestServer first = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            Path other = data.resolve("other");
            ServerConfig config = new ServerConfig("127.0.0.1", first.uri("/").getPort(), other,
                    DatabaseSettings.embedded(other), 1, 1, UploadLimits.defaults());

            assertThatThrownBy(() -> Server.start(config, line -> { })).isInstanceOf(StartFailure.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.uri("/").getPort());
        }
    }
}
