/** {@code POST /v1/decisions}: may this call go ahead, with the IETF RateLimit headers on the answer. */
package com.wedsync.usage.adapters.rest.decision;
