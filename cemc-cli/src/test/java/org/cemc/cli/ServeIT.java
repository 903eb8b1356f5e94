package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cemc serve} from the packaged jar, as an operator starts it: it says where the token is, then serves. */
class ServeIT {
    @TempDir
    Path temp;

    @Test
    void thePackagedServerStartsSaysWhereTheTokenIsAnswersAndStopsOnSigterm() throws Exception {
        Path data = temp.resolve("cemc-data");
        Process process = new ProcessBuilder(List.of("java", "-jar", "target/cemc.jar", "serve", "--port", "0",
                "--data", data.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder said = new StringBuilder();
            Matcher serving = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.append(line).append('\n');
                Matcher m = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
                if (m.find()) {
                    serving = m;
                    break;
                }
            }
            assertThat(serving).as(said.toString()).isNotNull();
            Path tokenFile = data.resolve("admin-token");
            String token = Files.readString(tokenFile).trim();
            assertThat(said.toString()).contains("its token is in " + tokenFile).doesNotContain(token);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");

            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serving.group(1) + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");

            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // SIGTERM runs the shutdown hook, which closes the server; the JVM then exits as signalled (143).
            assertThat(process.exitValue()).isIn(0, 143);
        } finally {
            process.destroyForcibly();
        }
    }
}
