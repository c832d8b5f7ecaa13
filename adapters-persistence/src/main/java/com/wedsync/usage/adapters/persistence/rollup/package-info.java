/** The usage rollups: written with the events in one transaction, read by the analytics, checked against the log. */
package com.wedsync.usage.adapters.persistence.rollup;
