/** Usage events: what one metered call was, and which events the log accepts. */
package com.wedsync.usage.domain.usage;
