package org.cemc.server.auth;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.cemc.server.http.ApiException;
import org.cemc.server.http.JsonObject;
import org.cemc.server.store.CaseStore;
import org.cemc.server.store.Grant;
import org.cemc.server.store.TokenStore;

/** POST /tokens: the operator makes a household token for one house of one case; only its hash is kept. */
public final class TokenHandlers {
    private static final Set<String> FIELDS = Set.of("role", "case", "house");

    private final TokenStore tokens;
    private final CaseStore cases;

    public TokenHandlers(TokenStore tokens, CaseStore cases) {
        this.tokens = tokens;
        this.cases = cases;
    }

    public void create(Context ctx) {
        JsonObject body = JsonObject.of(ctx, FIELDS);
        String role = body.text("role").orElseThrow(() -> missing("role"));
        if (!role.equals("household")) {
            throw ApiException.badRequest("role", "field role: \"" + role + "\" cannot be made here; only "
                    + "\"household\" tokens are (the operator's token is made at the first start).");
        }
        long caseId = body.wholeNumber("case").orElseThrow(() -> missing("case"));
        String house = body.text("house").orElseThrow(() -> missing("house"));
        if (cases.find(caseId).isEmpty()) {
            throw ApiException.badRequest("case", "field case: there is no case " + caseId + ".");
        }
        if (!cases.hasHouse(caseId, house)) {
            throw ApiException.badRequest("house", "field house: case " + caseId + " has no house \"" + house + "\".");
        }
        String token = Tokens.newToken();
        tokens.insert(Tokens.hash(token), Grant.household(caseId, house), Instant.now());
        ctx.status(201).json(Map.of("token", token, "role", role, "case", caseId, "house", house));
    }

    private static ApiException missing(String field) {
        return ApiException.badRequest(field, "field " + field + " is missing; send {\"role\": \"household\", "
                + "\"case\": CASE_ID, \"house\": \"HOUSE_ID\"}.");
    }
}
