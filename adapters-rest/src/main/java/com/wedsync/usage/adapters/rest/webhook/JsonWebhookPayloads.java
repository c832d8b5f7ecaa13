package com.wedsync.usage.adapters.rest.webhook;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.application.port.WebhookPayloads;

import java.nio.charset.StandardCharsets;

/** Notices as {@link NoticeJson} documents, in UTF-8. */
public final class JsonWebhookPayloads implements WebhookPayloads {

    private static final ObjectWriter WRITER = Json.writerFor(NoticeJson.class);

    @Override
    public String body(IncidentNotice notice) {
        return new String(Json.write(WRITER, NoticeJson.fromDomain(notice)), StandardCharsets.UTF_8);
    }
}
