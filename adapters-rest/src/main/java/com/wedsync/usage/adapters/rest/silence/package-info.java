/** {@code /v1/silences}: silences of alert rules and organizations, created, listed, read and ended. */
package com.wedsync.usage.adapters.rest.silence;
