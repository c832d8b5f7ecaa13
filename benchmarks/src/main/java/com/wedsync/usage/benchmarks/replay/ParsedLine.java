package com.wedsync.usage.benchmarks.replay;

/** One line of an access log as the parser understood it: a request, or a line it could not read. */
public sealed interface ParsedLine permits LogRequest, ParsedLine.Unreadable {

    /** 1-based line number in the file. */
    int lineNumber();

    /** A line that is not a complete combined-log request, with a short reason for the operator. */
    record Unreadable(int lineNumber, String reason) implements ParsedLine {
    }
}
