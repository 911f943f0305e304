package vn.danhgia.dashboard.auth;

import java.nio.CharBuffer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Salted, slow password hashes: Argon2id with Spring Security's current defaults (16 MiB, 2
 * iterations, 16-byte salt), encoded with their parameters so they can be raised later.
 */
final class PasswordHasher {
    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    /** A hash of a password nobody has, checked for unknown names so they take as long as known ones. */
    private final String dummyHash = encoder.encode(Tokens.newToken());

    String hash(char[] password) {
        return encoder.encode(CharBuffer.wrap(password));
    }

    boolean matches(char[] password, String hash) {
        return encoder.matches(CharBuffer.wrap(password), hash);
    }

    /** Spends the time of a check without any hash to check against. */
    void matchNothing(char[] password) {
        encoder.matches(CharBuffer.wrap(password), dummyHash);
    }
}
