package org.cemc.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in and out by form: from the server's own page only, so no other site can choose whose day one sees. */
class SignInTest {
    @TempDir
    Path data;

    private static HttpResponse<String> postForm(TestServer server, String path, String form, String origin) {
        HttpRequest.Builder request = server.request(path, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return TestServer.send(request.build());
    }

    @Test
    void aFormFromThisServersPageSignsInAndOneFromAnotherSiteIsRefused() {
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            String form = "token=" + server.operatorToken();
            String ownOrigin = "http://127.0.0.1:" + server.server().port();

            HttpResponse<String> own = postForm(server, "/sign-in", form, ownOrigin);
            HttpResponse<String> noOrigin = postForm(server, "/sign-in", form, null);
            HttpResponse<String> elsewhere = postForm(server, "/sign-in", form, "http://evil.example");

            assertThat(own.statusCode()).isEqualTo(303);
            assertThat(own.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                    .contains("HttpOnly"));
            assertThat(noOrigin.statusCode()).isEqualTo(303);
            assertThat(elsewhere.statusCode()).isEqualTo(403);
            assertThat(elsewhere.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(elsewhere.body()).contains("Sign in on the sign-in page of this server.");
        }
    }

    @Test
    void signingOutFromAnotherSiteIsRefused() {
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            HttpResponse<String> elsewhere = postForm(server, "/sign-out", "", "http://evil.example");

            assertThat(elsewhere.statusCode()).isEqualTo(403);
            assertThat(elsewhere.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }
}
