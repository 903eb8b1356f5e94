package org.cemc.server.http;

/** A refused dashboard page: the status and message, escaped, and the way back. */
final class ErrorPage {
    private ErrorPage() {
    }

    static String of(int status, String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status
                + " · CEMC</title></head><body><h1>" + status + "</h1><p>" + escape(message)
                + "</p><p><a href=\"/dashboard\">Back to the dashboard</a></p></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
