package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.domain.tenancy.SecretHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BootstrapAdminTokenTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstStartGeneratesPrintsAndKeepsOnlyTheHash(@TempDir Path dataDir) throws IOException {
        SecretHash hash = BootstrapAdminToken.resolve(Optional.empty(), dataDir, new SecureRandomSecrets(), console);

        Matcher token = Pattern.compile("wsm_[0-9A-Za-z]{32}").matcher(printed());
        assertThat(token.find()).as(printed()).isTrue();
        assertThat(SecretHash.of(token.group())).isEqualTo(hash);
        Path hashFile = dataDir.resolve(BootstrapAdminToken.HASH_FILE);
        assertThat(Files.readString(hashFile).strip()).isEqualTo(hash.hex());
        assertThat(Files.readString(hashFile)).doesNotContain(token.group());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hashFile))).isEqualTo("rw-------");
    }

    @Test
    void laterStartsReuseTheHashAndPrintNoSecret(@TempDir Path dataDir) {
        SecretHash first = BootstrapAdminToken.resolve(Optional.empty(), dataDir, new SecureRandomSecrets(),
                new PrintStream(new ByteArrayOutputStream()));

        SecretHash second = BootstrapAdminToken.resolve(Optional.empty(), dataDir, new SecureRandomSecrets(), console);

        assertThat(second).isEqualTo(first);
        assertThat(printed()).isEqualTo("bootstrap admin token: set on first start" + System.lineSeparator());
    }

    @Test
    void aConfiguredTokenWinsAndNothingIsWritten(@TempDir Path dataDir) {
        SecretHash hash = BootstrapAdminToken.resolve(Optional.of("my-operator-token-123"), dataDir,
                new SecureRandomSecrets(), console);

        assertThat(hash).isEqualTo(SecretHash.of("my-operator-token-123"));
        assertThat(printed()).doesNotContain("my-operator-token-123");
        assertThat(dataDir.resolve(BootstrapAdminToken.HASH_FILE)).doesNotExist();
    }

    @Test
    void aConfiguredTokenWithSpacesIsRefused(@TempDir Path dataDir) {
        assertThatThrownBy(() -> BootstrapAdminToken.resolve(Optional.of("two words"), dataDir,
                new SecureRandomSecrets(), console)).isInstanceOf(IllegalArgumentException.class);
    }
}
