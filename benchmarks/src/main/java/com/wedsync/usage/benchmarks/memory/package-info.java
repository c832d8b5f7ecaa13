/** How much heap the in-process counter store needs per active organization. */
package com.wedsync.usage.benchmarks.memory;
