/** Step definitions in the features' words; they talk to whichever product the glue connected. */
package com.wedsync.usage.acceptance.steps;
