package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The first admin credential, without which nobody could create the first management token. It is the
 * configured token when there is one; otherwise it is generated on the first start, printed once, and only its
 * SHA-256 is kept in the data directory, so later starts accept the same token and print nothing secret.
 */
final class BootstrapAdminToken {

    static final String HASH_FILE = "bootstrap-admin-token.sha256";
    private static final int MAX_TOKEN_LENGTH = 256;

    private BootstrapAdminToken() {
    }

    static SecretHash resolve(Optional<String> configured, Path dataDir, SecretSource secrets, PrintStream console) {
        if (configured.isPresent()) {
            console.println("bootstrap admin token: from configuration (USAGE_ADMIN_TOKEN)");
            return SecretHash.of(checked(configured.get()));
        }
        Path hashFile = dataDir.resolve(HASH_FILE);
        if (Files.exists(hashFile)) {
            console.println("bootstrap admin token: set on first start");
            return new SecretHash(read(hashFile));
        }
        String token = "wsm_" + secrets.base62(32);
        SecretHash hash = SecretHash.of(token);
        write(hashFile, hash);
        console.println(banner(token, hashFile));
        return hash;
    }

    private static String checked(String token) {
        if (token.length() > MAX_TOKEN_LENGTH || token.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new IllegalArgumentException("USAGE_ADMIN_TOKEN must be at most " + MAX_TOKEN_LENGTH
                    + " characters without spaces or control characters");
        }
        return token;
    }

    private static String banner(String token, Path hashFile) {
        String rule = "=".repeat(78);
        return rule + "\n  Bootstrap admin token (shown only this once; store it now):\n\n      " + token
                + "\n\n  Use it as 'Authorization: Bearer <token>'. Only its hash is kept, in " + hashFile
                + ".\n  Delete that file to have a new token generated on the next start.\n" + rule;
    }

    private static String read(Path hashFile) {
        try {
            return Files.readString(hashFile, StandardCharsets.US_ASCII).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + hashFile, unreadable);
        }
    }

    /** Written beside and then moved, so that a crash never leaves a half-written hash that locks admins out. */
    private static void write(Path hashFile, SecretHash hash) {
        try {
            Files.createDirectories(hashFile.getParent());
            Path partial = hashFile.resolveSibling(HASH_FILE + ".partial");
            Files.deleteIfExists(partial);
            createOwnerOnly(partial);
            Files.writeString(partial, hash.hex() + "\n", StandardCharsets.US_ASCII);
            Files.move(partial, hashFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write " + hashFile, unwritable);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }
}
