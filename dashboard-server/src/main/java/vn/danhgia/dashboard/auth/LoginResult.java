package vn.danhgia.dashboard.auth;

import java.time.Duration;
import java.util.Objects;

/** How a login attempt ended. Only {@link Success} opens a session. */
public sealed interface LoginResult {

    /** The outcomes, for a {@code switch}. */
    enum Outcome {
        SUCCESS,
        BAD_CREDENTIALS,
        THROTTLED,
        DISABLED
    }

    Outcome outcome();

    /** The name and password are right and the account may log in. */
    record Success(Account account) implements LoginResult {
        public Success {
            Objects.requireNonNull(account, "account");
        }

        @Override
        public Outcome outcome() {
            return Outcome.SUCCESS;
        }
    }

    /** No such account, or the wrong password: the two are not told apart. */
    record BadCredentials() implements LoginResult {
        @Override
        public Outcome outcome() {
            return Outcome.BAD_CREDENTIALS;
        }
    }

    /**
     * Too many recent failures for this name or from this address: refused without checking the
     * password, right or wrong.
     *
     * @param retryAfter how long to wait before trying again (whole seconds, at least one)
     */
    record Throttled(Duration retryAfter) implements LoginResult {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("retryAfter must be positive: " + retryAfter);
            }
        }

        /** The seconds to wait, for a Retry-After header or a message. */
        public long retryAfterSeconds() {
            return retryAfter.toSeconds();
        }

        @Override
        public Outcome outcome() {
            return Outcome.THROTTLED;
        }
    }

    /** The password is right but the account has been disabled. */
    record Disabled() implements LoginResult {
        @Override
        public Outcome outcome() {
            return Outcome.DISABLED;
        }
    }
}
