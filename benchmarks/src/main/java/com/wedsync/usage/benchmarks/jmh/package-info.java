/** JMH micro-benchmarks of the in-process decision path, measured beside Bucket4j's local bucket. */
package com.wedsync.usage.benchmarks.jmh;
