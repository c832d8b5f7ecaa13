package com.wedsync.usage.adapters.rest.apikey;

/** The body of {@code POST /v1/organizations/{id}/api-keys}, which may be left out: a name, an expiry instant. */
public record CreateApiKeyJson(String name, String expiresAt) {

    static final CreateApiKeyJson NONE = new CreateApiKeyJson(null, null);
}
