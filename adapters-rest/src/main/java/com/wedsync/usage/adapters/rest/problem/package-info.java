/** RFC 9457 problem bodies and the one place where every exception is turned into one. */
package com.wedsync.usage.adapters.rest.problem;
