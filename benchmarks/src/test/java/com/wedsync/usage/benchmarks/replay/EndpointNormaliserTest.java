package com.wedsync.usage.benchmarks.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointNormaliserTest {

    private final EndpointNormaliser normaliser = new EndpointNormaliser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/|/",
            "/favicon.ico|/favicon.ico",
            "/blog/tags/puppet?flav=rss20|/blog/tags/puppet",
            "/?flav=atom|/",
            "/projects/xdotool/|/projects/xdotool/",
            "/page#top|/page",
            "/images/web/2009/banner.png|/images/web/{id}/banner.png",
            "/v1/clients/42/invoices/7|/v1/clients/{id}/invoices/{id}",
            "/users/550e8400-E29B-41d4-a716-446655440000/photo|/users/{id}/photo",
            "/objects/d41d8cd98f00b204e9800998ecf8427e|/objects/{id}",
            "/keys/wsk_3kT9aQ0pLmN7rS2uVwXyZ1bC|/keys/{id}",
            "/files/logstash/logstash-1.3.2-monolithic.jar|/files/logstash/logstash-1.3.2-monolithic.jar",
            "/images/ahhh___rage_face_by_samusmmx-d5g5zap.png|/images/ahhh___rage_face_by_samusmmx-d5g5zap.png",
            "/blog/geekery/disabling-battery-in-ubuntu-vms.html|/blog/geekery/disabling-battery-in-ubuntu-vms.html",
            "//double//slashes|/double/slashes",
            "http://semicomplete.com/blog/?x=1|/blog/",
            "http://example.com|/",
    })
    void makesARouteTemplate(String target, String template) {
        assertThat(normaliser.normalise(target)).isEqualTo(template);
    }

    @Test
    void aSegmentLongerThan64CharactersIsAnId() {
        assertThat(normaliser.normalise("/presentations/vim/" + "+".repeat(40) + "Result:+%E8%F1;+%22newk%22;+x"))
                .isEqualTo("/presentations/vim/{id}");
    }

    @Test
    void encodesWhatAnEndpointMayNotHoldSoOnlyPlaceholdersHaveBraces() {
        assertThat(normaliser.normalise("/a b/{x}/\"q\"/caf\u00e9")).isEqualTo("/a%20b/%7Bx%7D/%22q%22/caf%C3%A9");
    }

    @Test
    void everyResultIsAValidEndpointOfAtMost200Characters() {
        Pattern endpoint = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%{}/-]{0,199}");
        String longPath = "/section-name".repeat(30);
        for (String target : new String[] {longPath, "/\u0001\u007f", "/" + "\u00e9".repeat(120)}) {
            assertThat(normaliser.normalise(target)).matches(endpoint);
        }
    }
}
