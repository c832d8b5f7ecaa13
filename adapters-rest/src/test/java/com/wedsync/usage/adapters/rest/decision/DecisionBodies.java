package com.wedsync.usage.adapters.rest.decision;

/** Request bodies of {@code POST /v1/decisions} for the routing tests. */
final class DecisionBodies {

    private DecisionBodies() {
    }

    /** A decision for {@code organization} on a fixed endpoint and method, with {@code extra} JSON members. */
    static String byOrganization(String organization, String extra) {
        return "{\"organizationId\":\"" + organization + "\",\"endpoint\":\"/v1/clients/{id}\",\"method\":\"GET\""
                + extra + "}";
    }
}
