package com.wedsync.usage.adapters.rest.metrics;

import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.application.metrics.MetricRegistry;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /metrics}, public as DESIGN §5 has it: every metric of the registry, collected at the scrape. The
 * health gauges read the monitor's last snapshot, so a scrape probes nothing and queries no database.
 */
public final class MetricsHttpService implements HttpService {

    private static final Header CONTENT_TYPE = HeaderValues.createCached(HeaderNames.CONTENT_TYPE,
            PrometheusText.CONTENT_TYPE);

    private final MetricRegistry registry;

    public MetricsHttpService(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::scrape)
                .head("/", this::scrape);
        MethodNotAllowed.fallback(rules, "/", "GET, HEAD");
    }

    private void scrape(ServerRequest request, ServerResponse response) {
        response.header(CONTENT_TYPE);
        byte[] body = PrometheusText.render(registry.collect()).getBytes(StandardCharsets.UTF_8);
        JsonBodies.sendUnlessHead(request, response, body);
    }
}
