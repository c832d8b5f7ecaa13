/** Alert rules in an SQL table, mapped to and from the domain's rules. */
package com.wedsync.usage.adapters.persistence.alerting;
