/**
 * Outgoing webhooks: the JSON body of an incident notice, the Standard Webhooks signature, and the JDK HTTP client
 * that posts each attempt.
 */
package com.wedsync.usage.adapters.rest.webhook;
