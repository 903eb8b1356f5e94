package org.cemc.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardTest {
    @TempDir
    Path data;

    /**
     * One client, one kept-alive connection: the operator's token, then the same token with one letter's case
     * changed, then the token again. Jetty's header cache once matched the second to the first, ignoring case.
     */
    @Test
    void aTokenThatDiffersOnlyInLetterCaseIsRefusedOnAKeptAliveConnection() {
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            String token = server.operatorToken();
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                char other = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                String changed = token.substring(0, i) + other + token.substring(i + 1);

                assertThat(server.get("/api/v1/cases", token).statusCode()).isEqualTo(200);
                assertThat(server.get("/api/v1/cases", changed).statusCode()).as(changed).isEqualTo(401);
            }
        }
    }
}
