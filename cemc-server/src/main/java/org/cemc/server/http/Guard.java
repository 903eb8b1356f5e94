package org.cemc.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.cemc.server.auth.Access;
import org.cemc.server.auth.Tokens;
import org.cemc.server.store.Grant;
import org.cemc.server.store.RunStore;
import org.cemc.server.store.TokenStore;

/**
 * Checks a route's {@link Access} before its handler runs: 401 without a token or with one the server does not
 * know, 403 with a token that does not reach the route. A household is refused with 403 whether or not what it
 * asks for exists, so a household token cannot learn which runs exist.
 */
public final class Guard {
    /** The context attribute holding the caller's {@link Grant} for the handler. */
    public static final String GRANT = "cemc.grant";
    /** The dashboard's sign-in cookie (org.cemc.server.dashboard.DashboardPages). */
    public static final String COOKIE = "cemc_token";
    private static final String BEARER = "bearer ";

    private final TokenStore tokens;
    private final RunStore runs;

    public Guard(TokenStore tokens, RunStore runs) {
        this.tokens = tokens;
        this.runs = runs;
    }

    void check(Access access, Context ctx) {
        if (access == Access.PUBLIC) {
            return;
        }
        Grant grant = access.isPage() ? signedIn(ctx) : authenticate(ctx);
        ctx.attribute(GRANT, grant);
        if (grant.role() == Grant.Role.OPERATOR || access == Access.SIGNED_IN_PAGE) {
            return;
        }
        if (access == Access.OPERATOR_OR_THE_HOUSE && isTheHouse(grant, ctx)) {
            return;
        }
        throw new ApiException(403, "this token does not give access to " + ctx.method() + " " + ctx.path()
                + ": a household token reads only its own house's results of its own case.");
    }

    private Grant authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "Authorization", "this needs a token: send the header "
                    + "'Authorization: Bearer TOKEN' (the operator's token is in the server's data folder, "
                    + "file admin-token).");
        }
        Optional<Grant> grant = tokens.find(Tokens.hash(header.substring(BEARER.length()).trim()));
        if (grant.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException(401, "Authorization", "the token is not known to this server.");
        }
        return grant.get();
    }

    /** The grant of the dashboard's sign-in cookie; a 401 (the page then sends the browser to sign in) without. */
    private Grant signedIn(Context ctx) {
        String token = ctx.cookie(COOKIE);
        return Optional.ofNullable(token).flatMap(t -> tokens.find(Tokens.hash(t)))
                .orElseThrow(() -> new ApiException(401, "sign in first."));
    }

    private boolean isTheHouse(Grant grant, Context ctx) {
        Optional<Long> runId = PathIds.parse(ctx.pathParam("id"));
        return runId.flatMap(runs::find)
                .map(run -> grant.isHouse(run.caseId(), ctx.pathParam("house")))
                .orElse(false);
    }
}
