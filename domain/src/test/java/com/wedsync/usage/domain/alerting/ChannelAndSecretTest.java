package com.wedsync.usage.domain.alerting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChannelAndSecretTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example/x", "http://10.0.0.7:8080/alerts?team=ops", "HTTPS://Hooks.Example"})
    void aWebhookIsAnAbsoluteHttpOrHttpsUrl(String url) {
        assertThat(WebhookChannel.parse(url, "url").url()).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative", "ftp://files.example/x", "mailto:ops@example.com", "https://",
            "https://user:password@hooks.example/x", "https://hooks.example/a b", "javascript:alert(1)"})
    void anythingElseIsRefusedNamingTheUrl(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookChannel.parse(url, "channels[0].url"))
                .withMessageStartingWith("'channels[0].url' must be an absolute http or https URL with a host")
                .withMessageEndingWith("was \"" + url + "\"");
    }

    @Test
    void aWebhookMadeFromAUriNamesItsUrl() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WebhookChannel(URI.create("ftp://x.example")))
                .withMessageStartingWith("'url' must be an absolute http or https URL");
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookChannel.parse(null, "channels[2].url"))
                .withMessage("'channels[2].url' is required");
    }

    @Test
    void aWebhookUrlHasAtMost2000Characters() {
        String longest = "https://hooks.example/" + "a".repeat(2_000 - 22);

        assertThat(WebhookChannel.parse(longest, "url").url().toString()).hasSize(2_000);
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookChannel.parse(longest + "a", "url"))
                .withMessageContaining("of at most 2000 characters");
    }

    @Test
    void aWebhookPortIsOneAReceiverCanListenOn() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookChannel.parse("http://127.0.0.1:99999/x", "url"))
                .withMessage("'url' must have a port from 1 to 65535, was 99999");
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookChannel.parse("http://127.0.0.1:0/x", "url"))
                .withMessage("'url' must have a port from 1 to 65535, was 0");
        assertThat(WebhookChannel.parse("http://127.0.0.1:65535/x", "url").url().getPort()).isEqualTo(65_535);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data", "http://0.0.0.0:8080/x", "http://[fe80::1]/x",
        "http://[::]/x", "https://[0:0:0:0:0:0:0:0]:8443/x", "http://[::ffff:169.254.169.254]/x",
        "http://[::ffff:a9fe:a9fe]/x", "http://0xA9FEA9FE/x", "http://2852039166/latest", "http://0/x", "http://0x0/x",
        "http://[fe80::1%25eth0]/", "http://[::ffff:169.254.169.254%25lo]/", "http://[::169.254.169.254]/",
        "http://[::ffff:0:a9fe:a9fe]/", "http://[64:ff9b::a9fe:a9fe]/"})
    void aLinkLocalOrUnspecifiedHostIsRefused(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookChannel.parse(url, "channels[0].url"))
                .withMessageStartingWith("'channels[0].url' must not name a link-local or unspecified address");
    }

    /** Spellings of 169.254.169.254 that java.net.URI already reads as no host at all: refused as not a URL. */
    @ParameterizedTest
    @ValueSource(strings = {"http://0251.0376.0251.0376/", "http://169.254.43518/", "http://169.254.169.254./x"})
    void otherSpellingsOfTheMetadataAddressAreRefusedToo(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookChannel.parse(url, "channels[0].url"))
                .withMessageStartingWith("'channels[0].url' must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://[::1]:9000/hook", "https://10.0.0.7/hook",
        "http://[2001:db8::a9fe:a9fe]/hook", "http://[fd00:ec2::254]/hook",
        "https://hooks.example.com/a"})
    void loopbackPrivateAndNamedHostsAreAllowed(String url) {
        assertThat(WebhookChannel.parse(url, "url").url().toString()).isEqualTo(url);
    }

    @Test
    void aSigningSecretIsTheBase64OfItsBytesAfterWhsec() {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) 0xff;

        SigningSecret secret = SigningSecret.of(bytes);

        assertThat(secret.value()).startsWith("whsec_/w").hasSize(6 + 44);
        assertThat(secret.bytes()).isEqualTo(bytes);
        assertThat(new SigningSecret(secret.value())).isEqualTo(secret);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "whsec_", "wsk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA*"})
    void aSigningSecretOfAnotherFormIsRefusedWithoutShowingIt(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SigningSecret(value))
                .withMessage("'signingSecret' must be 'whsec_' and the base64 of 24 to 64 bytes");
    }

    @Test
    void aSigningSecretOfFewerThan24BytesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SigningSecret.of(new byte[23]));
        assertThat(SigningSecret.of(new byte[64]).bytes()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> SigningSecret.of(new byte[65]));
    }

    @Test
    void sourcesHaveTheirWireNames() {
        assertThat(RuleSource.fromWireName("usage-analytics")).contains(RuleSource.USAGE_ANALYTICS);
        assertThat(RuleSource.fromWireName("api")).contains(RuleSource.API);
        assertThat(RuleSource.fromWireName("API")).isEmpty();
    }
}
