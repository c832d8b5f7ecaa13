/** Outgoing ports: what the application needs from stores, counters and the clock, named for the role they play. */
package com.wedsync.usage.application.port;
