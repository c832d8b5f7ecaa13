package com.wedsync.usage.adapters.redis.shared;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the probe logs when Redis fails: the innermost cause, which names what happened. */
class RedisProbeTest {

    @Test
    void theLogNamesTheInnermostCause() {
        Exception failure = new ExecutionException(new IllegalStateException(
                "Unable to write command into connection! Check CPU usage of the JVM.",
                new ConnectException("Connection refused: /127.0.0.1:6395")));

        assertThat(RedisProbe.rootCause(failure)).isEqualTo("ConnectException: Connection refused: /127.0.0.1:6395");
    }

    @Test
    void aClosedConnectionIsSaidInWords() {
        Exception failure = new IllegalStateException("Unable to write command into connection!",
                new java.nio.channels.ClosedChannelException());

        assertThat(RedisProbe.rootCause(failure)).isEqualTo("the connection to Redis closed (ClosedChannelException)");
    }

    @Test
    void aCauseWithoutAMessageIsNamedByItsType() {
        assertThat(RedisProbe.rootCause(new ExecutionException(new IllegalStateException())))
                .isEqualTo("IllegalStateException");
    }
}
