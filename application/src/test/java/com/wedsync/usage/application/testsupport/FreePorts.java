package com.wedsync.usage.application.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Local ports for servers that a test starts, stops and starts again on the same port (Redis, PostgreSQL, the
 * service). They are picked below the kernel's ephemeral range (32,768 and up on Linux), so that no client
 * connection can be given the port as its own while the server is down, which made restarts fail now and then.
 */
public final class FreePorts {

    private static final int FIRST = 20_000;
    /** The last port picked; 10,000 above it (a Redis Cluster bus port) is still below the ephemeral range. */
    private static final int LAST = 22_767;

    private FreePorts() {
    }

    /** A port that nothing listens on now. */
    public static int pick() {
        return pick(0);
    }

    /** A port {@code p} that nothing listens on now, nor on {@code p + alsoFreeAbove} when that is not 0. */
    public static int pick(int alsoFreeAbove) {
        while (true) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST + 1);
            if (isFree(port) && (alsoFreeAbove == 0 || isFree(port + alsoFreeAbove))) {
                return port;
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
