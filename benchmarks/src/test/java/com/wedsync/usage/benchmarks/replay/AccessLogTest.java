package com.wedsync.usage.benchmarks.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogTest {

    @Test
    void reportsEachUnreadableLineByNumberAndKeepsReadingInTimeOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("access.log");
        Files.write(file, List.of(
                line("10.0.0.1", "10:05:03", "/a"),
                line("10.0.0.2", "10:05:01", "/b"),
                "10.0.0.3 - - [17/May/2015:10:05:02 +0000] \"GET /c HTTP/1.1\" 200 1 \"-\" \"cut short",
                line("10.0.0.2", "10:05:01", "/d")));
        ByteArrayOutputStream problems = new ByteArrayOutputStream();

        AccessLog log = AccessLog.read(file, new PrintStream(problems, true, StandardCharsets.UTF_8));

        assertThat(log.linesRead()).isEqualTo(4);
        assertThat(log.requests()).extracting(LogRequest::target).containsExactly("/b", "/d", "/a");
        assertThat(log.unreadable()).extracting(ParsedLine::lineNumber).containsExactly(3);
        assertThat(problems.toString(StandardCharsets.UTF_8))
                .isEqualTo("access.log:3: unreadable line skipped (truncated: a quoted field is not closed)\n");
    }

    private static String line(String client, String time, String path) {
        return client + " - - [17/May/2015:" + time + " +0000] \"GET " + path + " HTTP/1.1\" 200 10 \"-\" \"-\"";
    }
}
