/** Reading usage back: an organization's totals, series on its own calendar, top endpoints and quota today. */
package com.wedsync.usage.application.analytics;
