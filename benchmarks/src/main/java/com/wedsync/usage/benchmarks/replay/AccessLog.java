package com.wedsync.usage.benchmarks.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An access log read whole: its readable requests in time order (lines of the same second keep their file
 * order), the lines it could not read, and how many lines there were. Every unreadable line is reported, with
 * its number, as it is met; reading goes on.
 */
public record AccessLog(int linesRead, List<LogRequest> requests, List<ParsedLine.Unreadable> unreadable) {

    public AccessLog {
        requests = List.copyOf(requests);
        unreadable = List.copyOf(unreadable);
    }

    public static AccessLog read(Path file, PrintStream problems) throws IOException {
        AccessLogParser parser = new AccessLogParser();
        List<LogRequest> requests = new ArrayList<>();
        List<ParsedLine.Unreadable> unreadable = new ArrayList<>();
        int lineNumber = 0;
        // ISO-8859-1 maps every byte to a character, so a stray non-UTF-8 byte cannot abort the read.
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                switch (parser.parse(lineNumber, line)) {
                    case LogRequest request -> requests.add(request);
                    case ParsedLine.Unreadable bad -> {
                        unreadable.add(bad);
                        problems.printf("%s:%d: unreadable line skipped (%s)%n", file.getFileName(), lineNumber,
                                bad.reason());
                    }
                }
            }
        }
        requests.sort(Comparator.comparing(LogRequest::time).thenComparingInt(LogRequest::lineNumber));
        return new AccessLog(lineNumber, requests, unreadable);
    }
}
