/** Glue that runs the scenarios through the use cases, wired by hand on the scenario's clock. */
package com.wedsync.usage.acceptance.inprocess;
