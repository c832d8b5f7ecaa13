/**
 * The REST adapter: Helidon SE routing of the v1 API over the application's use cases, with JSON mapping,
 * bearer authentication, rate-limit headers and RFC 9457 problem bodies in sub-packages by resource.
 */
package com.wedsync.usage.adapters.rest;
