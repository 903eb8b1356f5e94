package org.cemc.server.http;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin application: the route table registered with each route's access checked first, and every error in
 * the one JSON shape ({@link ErrorBody}); an unexpected exception is logged and answered with 500 and no details.
 */
public final class HttpApp {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApp.class);

    private HttpApp() {
    }

    public static Javalin create(List<Route> routes, Guard guard) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // Jetty caches header fields per connection and by default matches their values ignoring case, so on a
            // kept-alive connection a token differing from an earlier one only in letter case arrived as the
            // earlier one (AccessPropertyTest found it). Header values are case-sensitive, tokens above all.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            config.jsonMapper(new JavalinJackson());
            // Swagger UI's files for /api/docs and uPlot's for the dashboard's charts, from their jars on the class
            // path.
            config.staticFiles.enableWebjars();
            // The dashboard's own script (charts.js), public like the webjars: it holds no data, only drawing code.
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/org/cemc/server/assets";
                files.location = Location.CLASSPATH;
            });
            for (Route route : routes) {
                config.router.mount(router -> router.addHttpHandler(route.method(), route.path(), ctx -> {
                    guard.check(route.access(), ctx);
                    route.handler().handle(ctx);
                }));
            }
        });
        app.exception(ApiException.class, (e, ctx) -> {
            if (ctx.path().startsWith("/api/")) {
                ctx.status(e.status()).json(ErrorBody.of(e.field(), e.getMessage()));
            } else if (e.status() == 401) {
                // A dashboard page without a signed-in cookie: to the sign-in form.
                ctx.redirect("/", HttpStatus.SEE_OTHER);
            } else {
                ctx.status(e.status()).html(ErrorPage.of(e.status(), e.getMessage()));
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(ErrorBody.of(Optional.empty(), "internal error; the server's log has the details."));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
                ctx.json(ErrorBody.of(Optional.empty(), "no such endpoint: " + ctx.method() + " " + ctx.path()
                        + " (the API is described at /api/v1/openapi.json)."));
            }
        });
        return app;
    }
}
