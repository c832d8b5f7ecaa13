/**
 * Managing alert rules: the rules API (any metric, any scope the principal may manage) and the original
 * endpoint's usage alert thresholds, which become rules of the organization.
 */
package com.wedsync.usage.application.alerting;
