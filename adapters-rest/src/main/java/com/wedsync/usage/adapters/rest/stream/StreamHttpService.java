package com.wedsync.usage.adapters.rest.stream;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.live.LiveSubscription;
import com.wedsync.usage.application.live.LiveSubscription.Next;
import com.wedsync.usage.application.live.WatchLiveUsageCommand;
import com.wedsync.usage.application.live.WatchLiveUsageUseCase;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code GET /stream?organizationId=}: server-sent events, one {@code usage} event per second (id: the second, in
 * epoch seconds) with the totals of the whole system (admins) or of one organization (its owners and viewers, and
 * admins). A client that reconnects with {@code Last-Event-ID} first gets the seconds it missed, from the replay; a
 * {@code gap} event says some were no longer there. A client too slow to keep up gets an {@code overflow} event
 * and the stream ends; it may reconnect and resume. Everything refused is refused before the stream starts, as a
 * problem body.
 */
public final class StreamHttpService implements HttpService {

    private static final QueryParameters PARAMETERS = QueryParameters.of("organizationId");
    private static final System.Logger LOG = System.getLogger(StreamHttpService.class.getName());
    private static final String PATH = "/stream";
    private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
    private static final Duration POLL = Duration.ofMillis(250);
    /**
     * Polls without a second to send (two seconds' worth) before a comment line is sent, which also finds a client
     * that left: a second is sealed every second, so this only happens while the clock stands still (in tests).
     */
    private static final int IDLE_POLLS_BEFORE_KEEP_ALIVE = 8;
    private static final ObjectWriter SECOND_WRITER = Json.writerFor(LiveSecondJson.class);

    private final WatchLiveUsageUseCase watch;

    public StreamHttpService(WatchLiveUsageUseCase watch) {
        this.watch = watch;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, PARAMETERS.guard(this::stream));
        MethodNotAllowed.fallback(rules, PATH, "GET");
    }

    private void stream(ServerRequest request, ServerResponse response) {
        Optional<OrganizationId> organization = request.query().first("organizationId").asOptional()
                .map(OrganizationId::new);
        WatchLiveUsageCommand command = new WatchLiveUsageCommand(Caller.readingAnalytics(request), organization,
                lastEventId(request));
        try (LiveSubscription subscription = watch.watch(command)) {
            // From here on the status line is on the wire: a failure can only end the stream, not answer a problem.
            try (SseSink sink = response.sink(SseSink.TYPE)) {
                pump(subscription, sink, organization.map(OrganizationId::value).orElse(null));
            } catch (UncheckedIOException | CloseConnectionException clientLeft) {
                // Writing to a client that went away fails; there is nobody left to tell.
            } catch (RuntimeException bug) {
                LOG.log(Level.ERROR, "the live stream failed after it started", bug);
            }
        }
    }

    private static void pump(LiveSubscription subscription, SseSink sink, String organization) {
        sink.emit(SseEvent.builder().comment("per-second usage; reconnect with Last-Event-ID to resume").build());
        if (subscription.replayIncomplete()) {
            sink.emit(SseEvent.builder().name("gap").data("{\"reason\":\"some seconds after Last-Event-ID are no "
                    + "longer held; the stream resumes at the oldest it holds\"}").build());
        }
        int idlePolls = 0;
        try {
            while (true) {
                switch (subscription.next(POLL)) {
                    case Next.Tick tick -> {
                        sink.emit(SseEvent.builder().id(Long.toString(tick.second().epochSecond())).name("usage")
                                .data(new String(Json.write(SECOND_WRITER,
                                        LiveSecondJson.fromDomain(tick.second(), organization)),
                                        StandardCharsets.UTF_8)).build());
                        idlePolls = 0;
                    }
                    case Next.Idle idle -> {
                        if (++idlePolls >= IDLE_POLLS_BEFORE_KEEP_ALIVE) {
                            sink.emit(SseEvent.builder().comment("keep-alive").build());
                            idlePolls = 0;
                        }
                    }
                    case Next.Overflowed overflowed -> {
                        sink.emit(SseEvent.builder().name("overflow").data("{\"reason\":\"this client fell too far "
                                + "behind; reconnect with Last-Event-ID to resume\"}").build());
                        return;
                    }
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static OptionalLong lastEventId(ServerRequest request) {
        Optional<String> header = request.headers().first(LAST_EVENT_ID);
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        String text = header.get();
        if (!text.matches("\\d{1,12}")) {
            throw new IllegalArgumentException("'Last-Event-ID' must be the id of an event of this stream (epoch "
                    + "seconds), was " + Require.quoted(text));
        }
        return OptionalLong.of(Long.parseLong(text));
    }
}
