/** Test machinery: the scenario clock and the constructor injection of glue classes. */
package com.wedsync.usage.acceptance.support;
