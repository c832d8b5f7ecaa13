/**
 * Incidents: what a breached alert rule (or an operator) opens, and its life from triggered through acknowledged
 * to resolved, each step with who took it, when, and why.
 */
package com.wedsync.usage.domain.incident;
