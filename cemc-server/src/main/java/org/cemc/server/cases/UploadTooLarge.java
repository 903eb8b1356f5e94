package org.cemc.server.cases;

import org.cemc.server.http.ApiException;

/** The 413 of an upload over its cap. */
final class UploadTooLarge {
    private UploadTooLarge() {
    }

    static ApiException of(long limit) {
        return new ApiException(413, "the upload is larger than " + limit + " bytes, the server's cap on a case zip "
                + "(cemc serve --max-upload-mb; docs/server.md).");
    }
}
