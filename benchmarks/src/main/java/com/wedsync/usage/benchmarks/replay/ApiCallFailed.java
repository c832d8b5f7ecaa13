package com.wedsync.usage.benchmarks.replay;

/**
 * A call to the usage monitor that did not get the answer the contract promises: the request, the status
 * (0 when no answer came at all) and the start of the body, so the operator sees the problem detail.
 */
public final class ApiCallFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiCallFailed(String request, int status, String body) {
        super(request + " answered " + status + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        this.status = status;
    }

    public ApiCallFailed(String request, Throwable cause) {
        super(request + " failed: " + cause, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }
}
