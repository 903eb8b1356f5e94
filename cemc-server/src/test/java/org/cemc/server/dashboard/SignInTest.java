package org.cemc.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.cemc.server.ServerConfig;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.cemc.server.cases.UploadLimits;
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

    /** On plain HTTP a Secure cookie would never come back, so only a server reached over https sets one. */
    @Test
    void onPlainHttpTheCookieIsNotSecure() {
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            HttpResponse<String> signedIn = postForm(server, "/sign-in", "token=" + server.operatorToken(), null);

            assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                    .contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure"));
        }
    }

    /**
     * Behind a TLS proxy (--public-url https://...): the forms come from the public origin, not the address the
     * server listens on, and the cookie is Secure, for signing in and for clearing it alike.
     */
    @Test
    void behindATlsProxyFormsComeFromThePublicUrlAndTheCookieIsSecure() {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, data, TestDatabases.H2.fresh(data), 1,
                ServerConfig.DEFAULT_QUEUE, UploadLimits.defaults(),
                Optional.of(ServerConfig.publicUrl("https://CEMC.example.org/")));
        try (TestServer server = TestServer.start(config)) {
            String form = "token=" + server.operatorToken();

            HttpResponse<String> viaProxy = postForm(server, "/sign-in", form, "https://cemc.example.org");
            HttpResponse<String> direct = postForm(server, "/sign-in", form, "http://127.0.0.1:"
                    + server.server().port());
            HttpResponse<String> signedOut = postForm(server, "/sign-out", "", "https://cemc.example.org");

            assertThat(viaProxy.statusCode()).isEqualTo(303);
            assertThat(viaProxy.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                    .contains("HttpOnly", "SameSite=Strict", "; Secure"));
            assertThat(direct.statusCode()).isEqualTo(403);
            assertThat(signedOut.statusCode()).isEqualTo(303);
            assertThat(signedOut.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                    .contains("Max-Age=0", "; Secure"));
        }
    }
}
