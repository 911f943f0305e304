package vn.danhgia.dashboard.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's decision that a provisional unit is a registered one.
 *
 * @param provisionalCode the code the load derived from the unit's name (stable from load to load)
 * @param provisionalName the name as found in the files
 * @param registeredCode the registry's code of the unit it is
 * @param decidedBy the account that decided
 */
public record UnitMapping(
        String provisionalCode,
        String provisionalName,
        String registeredCode,
        String decidedBy,
        Instant decidedAt,
        String note) {

    public UnitMapping {
        Objects.requireNonNull(provisionalCode, "provisionalCode");
        Objects.requireNonNull(provisionalName, "provisionalName");
        Objects.requireNonNull(registeredCode, "registeredCode");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(note, "note");
        if (provisionalCode.isBlank() || registeredCode.isBlank()) {
            throw new IllegalArgumentException("unit codes must not be blank");
        }
    }
}
