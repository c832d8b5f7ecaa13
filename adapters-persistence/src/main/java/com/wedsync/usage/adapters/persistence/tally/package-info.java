/**
 * Decision tallies: counted in memory on the decision hot path and added to the {@code decision_tally} table by a
 * flush every second, so that no decision waits for a database write.
 */
package com.wedsync.usage.adapters.persistence.tally;
