package com.wedsync.usage.adapters.rest.alerting;

import com.wedsync.usage.domain.alerting.WebhookChannel;

/** A webhook channel on the wire: {@code {"url": "https://…"}}, an object so that a channel can grow options. */
public record ChannelJson(String url) {

    static ChannelJson fromDomain(WebhookChannel channel) {
        return new ChannelJson(channel.url().toString());
    }
}
