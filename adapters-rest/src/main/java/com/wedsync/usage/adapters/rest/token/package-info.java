/** {@code /v1/tokens}: management tokens, for admins. */
package com.wedsync.usage.adapters.rest.token;
