package org.cemc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random tokens and paths never read data: whatever is asked with a token the server did not make, the answer is
 * 401 (404 where no route matches, 400 where Jetty refuses an ambiguous path such as {@code /..}) and holds none of
 * the stored case's or run's contents; with a household token, data comes back only from its own house's route.
 */
class AccessPropertyTest {
    /** Strings that appear only in stored data: the case's name, a result column and a money column. */
    private static final List<String> DATA = List.of("two houses", "grid_purchase", "amount_usd", "Street one",
            "soc_kwh");
    private static Path data;
    private static TestServer server;
    private static long caseId;
    private static long run;
    private static String householdToken;

    @BeforeContainer
    static void start() throws Exception {
        data = Files.createTempDirectory("cemc-access-property");
        server = TestServer.start(TestDatabases.H2.fresh(data), data);
        caseId = server.upload(TestCases.twoHousesZip());
        run = server.submit(caseId, "{}");
        server.awaitEnd(run);
        HttpResponse<String> made = server.postJson("/api/v1/tokens", server.operatorToken(),
                "{\"role\": \"household\", \"case\": " + caseId + ", \"house\": \"a\"}");
        householdToken = TestServer.json(made).get("token").asText();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 300)
    void aTokenTheServerDidNotMakeReadsNothing(@ForAll("tokens") String token, @ForAll("paths") String path) {
        HttpResponse<String> response = server.get(path, token);

        assertThat(response.statusCode()).as(path).isIn(400, 401, 404);
        assertThat(response.body()).doesNotContain(DATA);
    }

    @Property(tries = 300)
    void aHouseholdTokenReadsOnlyItsOwnHouse(@ForAll("paths") String path) {
        HttpResponse<String> response = server.get(path, householdToken);

        if (path.equals("/api/v1/runs/" + run + "/houses/a")) {
            assertThat(response.statusCode()).isEqualTo(200);
        } else {
            assertThat(response.statusCode()).as(path).isIn(400, 403, 404);
            assertThat(response.body()).doesNotContain(DATA);
        }
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(60),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                        .ofLength(43),
                // The real tokens with a character changed or cut.
                Arbitraries.integers().between(0, 42).map(i -> flip(server.operatorToken(), i)),
                Arbitraries.integers().between(0, 42).map(i -> flip(householdToken, i)),
                Arbitraries.integers().between(1, 42).map(i -> server.operatorToken().substring(0, i)));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.just(Long.toString(caseId)),
                Arbitraries.just(Long.toString(run)), Arbitraries.longs().between(0, 1000).map(Object::toString),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("..", "%2e%2e", "-1", "1e3", "01", "9223372036854775807"));
        Arbitrary<String> houses = Arbitraries.oneOf(Arbitraries.of("a", "b", "A", "a%2F..", "zz"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
        Arbitrary<String> templates = Arbitraries.of("/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/{id}/runs",
                "/api/v1/runs/{id}", "/api/v1/runs/{id}/profit", "/api/v1/runs/{id}/schedule",
                "/api/v1/runs/{id}/settlement", "/api/v1/runs/{id}/guest-evs", "/api/v1/runs/{id}/houses/{house}",
                "/api/v1/{id}", "/api/v1/runs/{id}/houses/{house}/{id}", "/api/{id}", "/{id}");
        return Combinators.combine(templates, ids, houses)
                .as((template, id, house) -> template.replace("{id}", id).replace("{house}", house));
    }

    private static String flip(String token, int index) {
        char c = token.charAt(index);
        char other = c == 'A' ? 'B' : 'A';
        return token.substring(0, index) + other + token.substring(index + 1);
    }
}
