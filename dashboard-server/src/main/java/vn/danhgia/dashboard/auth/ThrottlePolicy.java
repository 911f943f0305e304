package vn.danhgia.dashboard.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * When failed logins stop further attempts. Once a name has {@code accountLimit} failures within
 * {@code window} (or an address {@code addressLimit}), attempts are refused until {@code firstDelay}
 * after the last failure; each further failure doubles the delay, up to {@code longestDelay}.
 */
public record ThrottlePolicy(
        int accountLimit, int addressLimit, Duration window, Duration firstDelay, Duration longestDelay) {

    /** 5 failures for a name or 20 from an address within 15 minutes: 30 s, then 1, 2, 4 … 15 minutes. */
    public static final ThrottlePolicy DEFAULT =
            new ThrottlePolicy(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));

    public ThrottlePolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(longestDelay, "longestDelay");
        if (accountLimit < 1 || addressLimit < 1) {
            throw new IllegalArgumentException("limits must be at least 1: " + accountLimit + ", " + addressLimit);
        }
        if (window.isNegative() || window.isZero() || firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("window and firstDelay must be positive");
        }
        if (longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("longestDelay must not be shorter than firstDelay");
        }
    }

    /** The delay after {@code failures} failures against a {@code limit}: none below it. */
    Duration delayAfter(int failures, int limit) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limit, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
