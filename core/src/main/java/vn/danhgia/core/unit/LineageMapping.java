package vn.danhgia.core.unit;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the "as is" mapping table: results recorded under {@code historicCode} count, for the
 * unit that carries it on at the mapping date, as {@code share} of {@code currentCode}'s.
 *
 * <p>{@code share} is 1 through merges, renames and transfers. A split divides it equally among the
 * successors named on that date (1/n each), because the registry holds no sizes; shares multiply along
 * a chain and add up where paths meet again, so the shares of one historic code sum to 1. A loader
 * that knows member counts may reweight. {@code currentGrassrootsCode} is the grassroots organization
 * that {@code currentCode} belongs to at the mapping date (itself for a grassroots organization, empty
 * above the grassroots tier), which rolls cells and transferred units up for grassroots comparisons.
 */
public record LineageMapping(
        String historicCode, String currentCode, double share, Optional<String> currentGrassrootsCode) {

    public LineageMapping {
        Objects.requireNonNull(historicCode, "historicCode");
        Objects.requireNonNull(currentCode, "currentCode");
        Objects.requireNonNull(currentGrassrootsCode, "currentGrassrootsCode");
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1]: " + share);
        }
    }
}
