package org.cemc.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cemc.input.CaseFiles;
import org.cemc.input.CaseReader;
import org.cemc.input.InvalidCaseException;
import org.cemc.server.TestCases;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** POST/GET/DELETE /cases over HTTP, on every test database. */
class CaseUploadTest {
    @TempDir
    Path data;

    static Iterable<TestDatabases.Kind> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCaseZipIsStoredAndListedWithItsSize(TestDatabases.Kind db) {
        try (TestServer server = TestServer.start(db.fresh(data), data)) {
            HttpResponse<String> created = server.postZip("/api/v1/cases", server.operatorToken(),
                    TestCases.twoHousesZip());

            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode body = TestServer.json(created);
            assertThat(body.get("name").asText()).isEqualTo("two houses");
            assertThat(body.get("houses").asInt()).isEqualTo(2);
            assertThat(body.get("periods").asInt()).isEqualTo(2);
            long id = body.get("id").asLong();
            JsonNode one = TestServer.json(server.get("/api/v1/cases/" + id, server.operatorToken()));
            assertThat(one.get("house_ids").toString()).isEqualTo("[\"a\",\"b\"]");
            JsonNode list = TestServer.json(server.get("/api/v1/cases", server.operatorToken()));
            assertThat(list).hasSize(1);
            assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anInvalidCaseGetsTheCommandLinesMessageAndNothingIsStored(TestDatabases.Kind db) throws Exception {
        Map<String, String> files = TestCases.twoHouses();
        files.put("houses.csv", files.get("houses.csv").replace("a,0,3,", "a,0,-3,"));
        // The command line reads the same folder, named as the zip's folder, from disk.
        Path folder = Files.createDirectories(data.resolve("cli").resolve(TestCases.FOLDER));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        Path relative = data.resolve("cli").relativize(folder);
        String cliMessage = messageOf(CaseFiles.folder(folder), folder.toString(), relative.toString());

        try (TestServer server = TestServer.start(db.fresh(data), data)) {
            HttpResponse<String> refused = server.postZip("/api/v1/cases", server.operatorToken(),
                    TestCases.zip(TestCases.FOLDER, files));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(TestServer.json(refused).get("error").get("message").asText()).isEqualTo(cliMessage);
            assertThat(TestServer.json(server.get("/api/v1/cases", server.operatorToken()))).isEmpty();
        }
    }

    /** The reader's message for a folder, with the folder named as the command line would name it relatively. */
    private static String messageOf(CaseFiles files, String absolute, String relative) {
        assertThatThrownBy(() -> CaseReader.read(files)).isInstanceOf(InvalidCaseException.class);
        try {
            CaseReader.read(files);
            throw new AssertionError("the broken case was read");
        } catch (InvalidCaseException e) {
            return e.getMessage().replace(absolute, relative);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDeletedCaseIsGoneWithItsRuns(TestDatabases.Kind db) {
        try (TestServer server = TestServer.start(db.fresh(data), data)) {
            long id = server.upload(TestCases.twoHousesZip());
            long run = server.submit(id, "{}");
            server.awaitEnd(run);

            assertThat(server.delete("/api/v1/cases/" + id, server.operatorToken()).statusCode()).isEqualTo(204);
            assertThat(server.get("/api/v1/cases/" + id, server.operatorToken()).statusCode()).isEqualTo(404);
            assertThat(server.get("/api/v1/runs/" + run, server.operatorToken()).statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUploadOverTheCapIs413AndNotZipIs415(TestDatabases.Kind db) {
        UploadLimits small = new UploadLimits(600, 1 << 20, 200, 100);
        try (TestServer server = TestServer.start(db.fresh(data), data, 1, small)) {
            byte[] big = new byte[2000];
            HttpResponse<String> tooLarge = server.postZip("/api/v1/cases", server.operatorToken(), big);
            HttpResponse<String> wrongType = TestServer.send(server.request("/api/v1/cases", server.operatorToken())
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(TestCases.twoHousesZip())).build());

            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(TestServer.json(tooLarge).get("error").get("message").asText()).contains("600 bytes");
            assertThat(wrongType.statusCode()).isEqualTo(415);
        }
    }
}
