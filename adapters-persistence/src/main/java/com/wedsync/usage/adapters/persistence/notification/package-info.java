/**
 * Silences and the outbox of webhook deliveries in the {@code silence} and {@code webhook_delivery} tables (V10),
 * the same SQL on H2 and PostgreSQL.
 */
package com.wedsync.usage.adapters.persistence.notification;
