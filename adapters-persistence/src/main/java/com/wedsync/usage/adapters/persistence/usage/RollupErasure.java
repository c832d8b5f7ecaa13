package com.wedsync.usage.adapters.persistence.usage;

/**
 * Erasing an organization deletes its own rollups. The system's rollups keep its calls: they hold no organization
 * id, and the system's history of load should not change when a customer leaves.
 */
final class RollupErasure {

    static final String DELETE = "DELETE FROM usage_rollup WHERE scope = ?";

    private RollupErasure() {
    }
}
