package com.wedsync.usage.benchmarks.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogParserTest {

    private static final String GOOD = "10.0.0.1 - - [17/May/2015:10:05:03 +0000] \"GET /presentations/logstash-"
            + "monorama-2013/images/kibana-search.png HTTP/1.1\" 200 203023 \"-\" \"Mozilla/5.0 (Macintosh)\"";
    private static final String TRUNCATED = "10.0.4.44 - - [20/May/2015:12:05:17 +0000] \"GET /scripts/grok-py-test/"
            + "configlib.py HTTP/1.1\" 200 235 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html";

    private final AccessLogParser parser = new AccessLogParser();

    @Test
    void readsEveryFieldOfACombinedLine() {
        assertThat(parser.parse(1, GOOD)).isEqualTo(new LogRequest(1, "10.0.0.1",
                Instant.parse("2015-05-17T10:05:03Z"), "GET",
                "/presentations/logstash-monorama-2013/images/kibana-search.png", 200, 203_023));
    }

    @Test
    void takesTheOffsetOfTheTimeIntoAccount() {
        String line = GOOD.replace("+0000", "+0200");
        assertThat(((LogRequest) parser.parse(1, line)).time()).isEqualTo(Instant.parse("2015-05-17T08:05:03Z"));
    }

    @Test
    void aDashForTheSizeIsZeroBytesAndTheQueryStaysInTheTarget() {
        String line = "10.0.3.199 - - [20/May/2015:12:05:25 +0000] \"HEAD /blog/tags/puppet?flav=rss20 HTTP/1.0\" "
                + "304 - \"-\" \"-\"";
        LogRequest request = (LogRequest) parser.parse(7, line);
        assertThat(request.responseBytes()).isZero();
        assertThat(request.method()).isEqualTo("HEAD");
        assertThat(request.target()).isEqualTo("/blog/tags/puppet?flav=rss20");
        assertThat(request.status()).isEqualTo(304);
    }

    @Test
    void aLineCutShortInsideTheUserAgentIsUnreadableWithItsLineNumber() {
        ParsedLine parsed = parser.parse(8_899, TRUNCATED);
        assertThat(parsed).isEqualTo(new ParsedLine.Unreadable(8_899, "truncated: a quoted field is not closed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "garbage",
            "10.0.0.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 12",
            "10.0.0.1 - - [32/Foo/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 12 \"-\" \"-\"",
            "10.0.0.1 - - [17/May/2015:10:05:03 +0000] \"-\" 408 - \"-\" \"-\"",
            "10.0.0.1 - - [17/May/2015:10:05:03 +0000] \"PROPFIND / HTTP/1.1\" 207 12 \"-\" \"-\"",
            "10.0.0.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 2000 12 \"-\" \"-\"",
            "10.0.0.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 99999999999999999999 \"-\" \"-\"",
            "\u0000\u0001\u00ff binary"})
    void garbageIsUnreadableNeverAnException(String line) {
        assertThat(parser.parse(3, line)).isInstanceOf(ParsedLine.Unreadable.class)
                .extracting(ParsedLine::lineNumber).isEqualTo(3);
    }
}
