package com.wedsync.usage.benchmarks.replay;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code <log-file> [--url U[,U2,...]] [--admin-token T] [--speed N] [--concurrency C]
 * [--batch B] [--seed S] [--pacing trace|bursts]}. Several URLs are service nodes sharing one store: requests go to them in turn. The admin
 * token falls back to the environment variable {@code USAGE_ADMIN_TOKEN}.
 */
public record ReplayOptions(List<URI> urls, Path logFile, String adminToken, double speed, int concurrency,
                            int batch, long seed, Pacing pacing) {

    public static final String USAGE = "usage: java -jar benchmarks.jar <log-file> [--url http://127.0.0.1:8080[,http://…:8081]]"
            + " [--admin-token T (or env USAGE_ADMIN_TOKEN)] [--speed N (x real time, 0 = as fast as possible)]"
            + " [--concurrency C (8)] [--batch B (200)] [--seed S (0)]"
            + " [--pacing trace|bursts (trace: the log's order and pace; bursts: each organization's calls at once)]";

    public ReplayOptions {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("--url needs at least one URL");
        }
        if (adminToken == null || adminToken.isBlank()) {
            throw new IllegalArgumentException("an admin token is required: --admin-token or USAGE_ADMIN_TOKEN");
        }
        if (speed < 0 || concurrency < 1 || batch < 1) {
            throw new IllegalArgumentException("--speed must be >= 0, --concurrency and --batch >= 1");
        }
        if (pacing == Pacing.BURSTS && speed != 0) {
            throw new IllegalArgumentException("--speed paces the trace; bursts are sent as fast as possible");
        }
    }

    public static ReplayOptions parse(String[] args, Map<String, String> env) {
        Path log = null;
        String url = "http://127.0.0.1:8080";
        String token = env.get("USAGE_ADMIN_TOKEN");
        double speed = 0;
        int concurrency = 8;
        int batch = 200;
        long seed = 0;
        Pacing pacing = Pacing.TRACE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                if (log != null) {
                    throw new IllegalArgumentException("only one log file, got '" + log + "' and '" + arg + "'");
                }
                log = Path.of(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--url" -> url = value;
                case "--admin-token" -> token = value;
                case "--speed" -> speed = Double.parseDouble(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--pacing" -> pacing = Pacing.named(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (log == null) {
            throw new IllegalArgumentException("the log file is required");
        }
        List<URI> urls = Arrays.stream(url.split(",")).map(String::strip).filter(each -> !each.isEmpty())
                .map(each -> URI.create(each.endsWith("/") ? each : each + "/")).toList();
        return new ReplayOptions(urls, log, token, speed, concurrency, batch, seed, pacing);
    }
}
