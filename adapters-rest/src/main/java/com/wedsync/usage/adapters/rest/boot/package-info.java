/** The composition root: reads configuration, builds the adapters and services by hand, starts the web server. */
package com.wedsync.usage.adapters.rest.boot;
