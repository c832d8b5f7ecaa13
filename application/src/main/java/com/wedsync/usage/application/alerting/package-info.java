/**
 * Alert rules: managing them (the rules API, and the original endpoint's usage alert thresholds, which become rules
 * of the organization), and evaluating them on a fixed interval from the rollups, which opens and resolves
 * incidents and hands each change to the notifier.
 */
package com.wedsync.usage.application.alerting;
