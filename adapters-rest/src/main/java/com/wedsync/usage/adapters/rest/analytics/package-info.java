/** {@code GET /v1/organizations/{id}/usage}: an organization's usage report. */
package com.wedsync.usage.adapters.rest.analytics;
