package com.wedsync.usage.adapters.rest.problem;

/** The kinds of problem this API answers with: each has a stable type URI, an HTTP status and a short title. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", 400, "Invalid request"),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    CONFLICT("conflict", 409, "Conflict"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    INVALID_API_KEY("invalid-api-key", 422, "Invalid API key"),
    QUERY_TIMEOUT("query-timeout", 422, "Query took too long"),
    INTERNAL_ERROR("internal-error", 500, "Internal server error"),
    STORE_UNAVAILABLE("store-unavailable", 503, "Store unavailable"),
    HTTP_VERSION_NOT_SUPPORTED("http-version-not-supported", 505, "HTTP version not supported");

    private final String uri;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.uri = "/problems/" + slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /**
     * The type that fits an HTTP status the web server itself chose (an unmatched route, a malformed request).
     * Every 5xx of the web server's is an internal error: only the application says that its store is away.
     */
    public static ProblemType forStatus(int status) {
        if (status >= 500) {
            return INTERNAL_ERROR;
        }
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return INVALID_REQUEST;
    }
}
