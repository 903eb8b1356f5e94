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
    OPERATOR_OR_THE_HOUSE
}
