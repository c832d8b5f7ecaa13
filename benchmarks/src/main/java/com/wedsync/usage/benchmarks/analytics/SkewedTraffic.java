package com.wedsync.usage.benchmarks.analytics;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic traffic skewed like real API traffic: organizations by a Zipf law (rank r gets a share ~ 1/r, so
 * the largest of 10,000 sends about a tenth of all calls), routes by a Zipf law within each organization, a daily
 * rhythm (busiest in the afternoon UTC), mostly 2xx with some 4xx and 5xx, and long-tailed latencies. Produced one
 * quarter hour at a time, in time order, so that a fill can write the rollups of each quarter hour as it goes.
 */
final class SkewedTraffic {

    static final int QUARTER_HOURS_PER_DAY = 96;
    private static final String[] ROUTES = {"/v1/clients", "/v1/clients/{id}", "/v1/weddings", "/v1/weddings/{id}",
        "/v1/weddings/{id}/guests", "/v1/weddings/{id}/timeline", "/v1/vendors", "/v1/vendors/{id}",
        "/v1/vendors/{id}/bookings", "/v1/invoices", "/v1/invoices/{id}", "/v1/payments", "/v1/messages",
        "/v1/messages/{id}", "/v1/documents/{id}", "/v1/tasks", "/v1/tasks/{id}", "/v1/search", "/v1/reports",
        "/v1/webhooks"};
    private static final HttpMethod[] METHODS = {HttpMethod.GET, HttpMethod.GET, HttpMethod.GET, HttpMethod.POST,
        HttpMethod.PUT, HttpMethod.DELETE};
    private static final int[] STATUSES = {200, 200, 200, 200, 200, 200, 201, 204, 400, 404, 404, 429, 500, 503};

    private final long totalEvents;
    private final int days;
    private final Instant start;
    private final double[] organizationCdf;
    private final double[] routeCdf;
    private final double[] rhythmWeights;

    SkewedTraffic(long totalEvents, int organizations, int days, Instant start) {
        this.totalEvents = totalEvents;
        this.days = days;
        this.start = start;
        this.organizationCdf = zipfCdf(organizations);
        this.routeCdf = zipfCdf(ROUTES.length);
        this.rhythmWeights = new double[QUARTER_HOURS_PER_DAY];
        double sum = 0;
        for (int q = 0; q < QUARTER_HOURS_PER_DAY; q++) {
            rhythmWeights[q] = 1.0 + 0.8 * Math.sin(Math.PI * 2 * (q - 30) / QUARTER_HOURS_PER_DAY);
            sum += rhythmWeights[q];
        }
        for (int q = 0; q < QUARTER_HOURS_PER_DAY; q++) {
            rhythmWeights[q] /= sum;
        }
    }

    static OrganizationId organization(int rank) {
        return new OrganizationId("org-" + rank);
    }

    int quarterHours() {
        return days * QUARTER_HOURS_PER_DAY;
    }

    Instant quarterHourStart(int index) {
        return start.plusSeconds(index * 900L);
    }

    /** The events of quarter hour {@code index} (0 is {@code start}), the same on every call. */
    List<UsageEvent> quarterHour(int index) {
        SplittableRandom random = new SplittableRandom(index * 7_919L + 17);
        long count = Math.round(totalEvents / (double) days * rhythmWeights[index % QUARTER_HOURS_PER_DAY]);
        Instant at = quarterHourStart(index);
        List<UsageEvent> events = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            int rank = 1 + pick(organizationCdf, random.nextDouble());
            int route = pick(routeCdf, random.nextDouble());
            int status = STATUSES[random.nextInt(STATUSES.length)];
            // Long-tailed latency: mostly tens of milliseconds, a few seconds now and then.
            int latency = (int) Math.min(60_000, Math.exp(3 + random.nextDouble() * 2.2 + random.nextDouble()
                    * random.nextDouble() * 4));
            events.add(new UsageEvent(new EventId(new UUID(random.nextLong(), random.nextLong())),
                    organization(rank), Optional.empty(), new Endpoint(ROUTES[route]),
                    METHODS[(route + random.nextInt(2)) % METHODS.length], status, OptionalInt.of(latency),
                    200 + random.nextInt(2_000), 500 + random.nextInt(20_000),
                    at.plusMillis(random.nextLong(900_000))));
        }
        return events;
    }

    private static double[] zipfCdf(int size) {
        double[] cdf = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1.0 / rank;
            cdf[rank - 1] = sum;
        }
        for (int i = 0; i < size; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int pick(double[] cdf, double uniform) {
        int at = Arrays.binarySearch(cdf, uniform);
        return Math.min(cdf.length - 1, at >= 0 ? at : -at - 1);
    }
}
