/** The billing export: an organization's daily totals over a period of its own local days. */
package com.wedsync.usage.application.billing;
