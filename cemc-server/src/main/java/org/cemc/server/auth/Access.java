package org.cemc.server.auth;

/**
 * Who may call a route, declared beside it in the route table (org.cemc.server.http.Routes) and enforced before
 * its handler runs.
 */
public enum Access {
    /** Anyone, without a token: the health check, the API description and its docs page. */
    PUBLIC,
    /** The operator's token only. */
    OPERATOR,
    /**
     * The operator, or the household token of the route's {@code {house}} in the case of the route's run
     * ({@code /runs/{id}/houses/{house}}).
     */
    OPERATOR_OR_THE_HOUSE,
    /** A dashboard page for anyone signed in (operator or household), by the sign-in cookie, not the header. */
    SIGNED_IN_PAGE,
    /** A dashboard page for the operator only, by the sign-in cookie. */
    OPERATOR_PAGE;

    /** Dashboard pages authenticate by the sign-in cookie; the API only by the Authorization header. */
    public boolean isPage() {
        return this == SIGNED_IN_PAGE || this == OPERATOR_PAGE;
    }
}
