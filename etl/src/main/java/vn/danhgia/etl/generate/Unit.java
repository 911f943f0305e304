package vn.danhgia.etl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A party organization during the simulation (mutable while the structure is built). */
final class Unit {
    final String code;
    final String name;
    /** Place or body part of the name, e.g. "xã Đông Lâm", used in file names and titles. */
    final String shortName;

    final OrgType type;
    /** Registry tier text: "thành phố", "huyện", "cơ sở", "chi bộ". */
    final String tier;

    String parentCode;
    final LocalDate validFrom;
    LocalDate validTo;
    String successorCode;
    String note = "";
    /** A đảng bộ cơ sở (with cells) rather than a chi bộ cơ sở. */
    final boolean committee;

    final List<Unit> cells = new ArrayList<>();
    /** Persistent tendencies of a grassroots organization. */
    double quality;

    double excellentShare;
    double completedShare;
    /** Never picked for multi-year plants (merged, transferred or new). */
    boolean unstable;

    Unit(
            String code,
            String name,
            String shortName,
            OrgType type,
            String tier,
            String parentCode,
            LocalDate validFrom,
            boolean committee) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.tier = tier;
        this.parentCode = parentCode;
        this.validFrom = validFrom;
        this.committee = committee;
    }

    boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    boolean grassroots() {
        return "cơ sở".equals(tier);
    }

    @Override
    public String toString() {
        return code;
    }
}
