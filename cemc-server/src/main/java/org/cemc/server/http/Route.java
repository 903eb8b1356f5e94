package org.cemc.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.cemc.server.auth.Access;

/**
 * One line of the route table: method, path (Javalin's and OpenAPI's {@code {param}} syntax), who may call it,
 * what it does in a few words, and its handler.
 */
public record Route(HandlerType method, String path, Access access, String summary, Handler handler) {
}
