package com.wedsync.usage.domain.analytics;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.HttpMethod;

/** An endpoint template with the method called on it: what the analytics rank as "top endpoints". */
public record Route(Endpoint endpoint, HttpMethod method) implements Comparable<Route> {

    public Route {
        Require.present(endpoint, "endpoint");
        Require.present(method, "method");
    }

    @Override
    public int compareTo(Route other) {
        int byEndpoint = endpoint.template().compareTo(other.endpoint.template());
        return byEndpoint != 0 ? byEndpoint : method.compareTo(other.method);
    }
}
