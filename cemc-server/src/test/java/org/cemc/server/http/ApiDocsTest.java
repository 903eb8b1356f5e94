package org.cemc.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.cemc.server.auth.Access;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written openapi.json says what the route table serves, and the docs page works offline. */
class ApiDocsTest {
    private static final String API = "/api/v1";

    @TempDir
    static Path data;
    private static TestServer server;
    private static JsonNode spec;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(TestDatabases.H2.fresh(data), data);
        spec = new ObjectMapper().readTree(ApiDocs.specBytes());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyApiRouteIsDescribedAndNothingElse() {
        Set<String> routes = new TreeSet<>();
        server.server().routes().stream().filter(r -> r.path().startsWith(API))
                .forEach(r -> routes.add(r.method().name() + " " + r.path().substring(API.length())));
        Set<String> described = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(spec.get("servers").get(0).get("url").asText()).isEqualTo(API);
        assertThat(described).isEqualTo(routes);
    }

    @Test
    void exactlyThePublicRoutesAreDescribedAsNeedingNoToken() {
        for (Route route : server.server().routes()) {
            if (!route.path().startsWith(API)) {
                continue;
            }
            JsonNode operation = spec.get("paths").get(route.path().substring(API.length()))
                    .get(route.method().name().toLowerCase(Locale.ROOT));
            boolean noToken = operation.has("security") && operation.get("security").isEmpty();
            assertThat(noToken).as(route.method() + " " + route.path()).isEqualTo(route.access() == Access.PUBLIC);
            assertThat(operation.get("responses").has("401")).as(route.path()).isEqualTo(!noToken);
        }
    }

    @Test
    void theServedDescriptionIsTheFile() {
        HttpResponse<String> served = server.get(API + "/openapi.json", null);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(served)).isEqualTo(spec);
    }

    @Test
    void theDocsPageLoadsEveryAssetFromThisServer() {
        HttpResponse<String> page = server.get("/api/docs", null);
        List<String> assets = new ArrayList<>();
        Matcher links = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        while (links.find()) {
            assets.add(links.group(1));
        }

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("http://", "https://", "//cdn");
        assertThat(assets).hasSizeGreaterThanOrEqualTo(2).allMatch(asset -> asset.startsWith("/webjars/"));
        for (String asset : assets) {
            HttpResponse<String> loaded = server.get(asset, null);
            assertThat(loaded.statusCode()).as(asset).isEqualTo(200);
            assertThat(loaded.body()).as(asset).hasSizeGreaterThan(10_000);
        }
    }
}
