/** Live usage: per-second totals kept in memory for the live stream, with a bounded replay for clients that resume. */
package com.wedsync.usage.application.live;
