/** Bearer authentication of every non-public request, and the principal it leaves for the handlers. */
package com.wedsync.usage.adapters.rest.auth;
