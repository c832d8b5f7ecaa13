/**
 * Incidents as people and the alert evaluator handle them: triggered by hand or by a breached rule, acknowledged,
 * resolved, listed and read, each answer the same however many nodes act at once.
 */
package com.wedsync.usage.application.incident;
