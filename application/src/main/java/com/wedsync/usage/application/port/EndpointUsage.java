package com.wedsync.usage.application.port;

/** The calls and errors (4xx and 5xx) of one endpoint template and method. */
public record EndpointUsage(String endpoint, String method, long calls, long errors) {
}
