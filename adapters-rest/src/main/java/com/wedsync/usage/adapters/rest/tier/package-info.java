/** {@code /v1/tiers}: tier definitions, read by everyone and written by admins. */
package com.wedsync.usage.adapters.rest.tier;
