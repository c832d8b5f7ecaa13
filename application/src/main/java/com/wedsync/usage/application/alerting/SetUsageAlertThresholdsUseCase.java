package com.wedsync.usage.application.alerting;

/**
 * The original endpoint's usage alert thresholds ({@code POST /api/usage-analytics}): owners of the organization
 * and admins set them; viewers may not, service tokens neither, and another organization is missing.
 */
public interface SetUsageAlertThresholdsUseCase {

    /** Replaces the organization's thresholds; setting the same ones again changes nothing. */
    UsageAlertThresholds set(SetUsageAlertThresholdsCommand command);
}
