package com.wedsync.usage.adapters.rest.tier;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.paging.PageJson;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.application.tenancy.ManageTiersUseCase;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.quota.TierName;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/** {@code /tiers} and {@code /tiers/{name}}: every principal reads tiers; admins add or replace them with PUT. */
public final class TiersHttpService implements HttpService {

    private static final ObjectReader PUT_READER = Json.readerFor(PutTierJson.class);
    private static final ObjectWriter TIER_WRITER = Json.writerFor(TierJson.class);
    private static final ObjectWriter PAGE_WRITER = Json.writerFor(PageJson.class);

    private final ManageTiersUseCase tiers;
    private final JsonBodies bodies;

    public TiersHttpService(ManageTiersUseCase tiers, JsonBodies bodies) {
        this.tiers = tiers;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/tiers", NONE.guard(this::list))
                .get("/tiers/{name}", NONE.guard(this::get))
                .put("/tiers/{name}", NONE.guard(this::put));
        MethodNotAllowed.fallback(rules, "/tiers", "GET");
        MethodNotAllowed.fallback(rules, "/tiers/{name}", "GET, PUT");
    }

    private void list(ServerRequest request, ServerResponse response) {
        JsonBodies.send(response, 200, PAGE_WRITER, PageJson.whole(tiers.list(), TierJson::fromDomain));
    }

    private void get(ServerRequest request, ServerResponse response) {
        JsonBodies.send(response, 200, TIER_WRITER, TierJson.fromDomain(tiers.get(tierName(request))));
    }

    private void put(ServerRequest request, ServerResponse response) {
        Caller.admin(request);
        TierName name = tierName(request);
        PutTierJson body = bodies.read(request, PUT_READER);
        Tier tier = body.toDomain(name);
        JsonBodies.send(response, 200, TIER_WRITER, TierJson.fromDomain(tiers.save(Caller.of(request), tier)));
    }

    private static TierName tierName(ServerRequest request) {
        return new TierName(request.path().pathParameters().get("name"));
    }
}
