/** {@code /v1/organizations}: creating, listing, reading and changing organizations. */
package com.wedsync.usage.adapters.rest.organization;
