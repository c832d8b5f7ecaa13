/** {@code /v1/organizations/{id}/api-keys} and {@code /v1/api-keys/{id}}: an organization's API keys. */
package com.wedsync.usage.adapters.rest.apikey;
