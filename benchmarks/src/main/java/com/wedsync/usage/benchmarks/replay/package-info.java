/**
 * The traffic replay: plays a real Apache access log against a running usage monitor as metered calls of
 * organizations in every tier, then checks that the analytics agree with what the replay saw.
 */
package com.wedsync.usage.benchmarks.replay;
