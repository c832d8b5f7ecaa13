package com.wedsync.usage.benchmarks.replay;

import java.util.List;
import java.util.Map;

/**
 * The tenants one run created: its run id, the organizations' ids (index order), each client's API key secret,
 * and the service token that sends the traffic.
 */
public record Tenants(String runId, List<String> organizationIds, Map<String, String> apiKeyOfClient,
                      String serviceToken) {

    public Tenants {
        organizationIds = List.copyOf(organizationIds);
        apiKeyOfClient = Map.copyOf(apiKeyOfClient);
    }
}
