/** The billing export over HTTP: an organization's daily totals as an RFC 4180 CSV attachment. */
package com.wedsync.usage.adapters.rest.billing;
