package org.cemc.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's description, {@code openapi.json} (written by hand beside the route table; ApiDocsTest keeps the two
 * equal), and the interactive docs page, Swagger UI from its webjar, served by this server: the page loads nothing
 * from elsewhere, so it works offline.
 */
public final class ApiDocs {
    private static final String SPEC = "/org/cemc/server/openapi.json";

    private final byte[] spec;
    private final String page;

    public ApiDocs() {
        this.spec = resource(SPEC);
        String assets = Webjars.path("org.webjars", "swagger-ui");
        this.page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>CEMC API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script>
                    // validatorUrl null: Swagger UI would otherwise send the spec to an outside validator.
                    window.ui = SwaggerUIBundle({url: "/api/v1/openapi.json", dom_id: "#swagger-ui",
                      validatorUrl: null, persistAuthorization: false});
                  </script>
                </body>
                </html>
                """.formatted(assets);
    }

    public void spec(Context ctx) {
        ctx.contentType("application/json").result(spec);
    }

    public void page(Context ctx) {
        ctx.html(page);
    }

    /** The API description, as served. */
    public static byte[] specBytes() {
        return resource(SPEC);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
