package vn.danhgia.etl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.core.level.RatingLevel;

/** What one block holds for one rating year: the content of every file of that year. */
final class YearRecords {
    enum Status {
        RATED,
        EXEMPT,
        NEW_MEMBER
    }

    /** One row of a member list. */
    static final class MemberRow {
        final Person person;
        final Unit cell;
        final String position;
        Status status;
        RatingLevel self;
        RatingLevel proposed;
        RatingLevel decided;
        double selfScore;
        double proposedScore;
        String note = "";
        /** Why this row will be rejected when loaded (null: a good row). */
        String badReason;
        /** For a duplicate-card bad row: the name written instead of the person's. */
        String writtenName;

        MemberRow(Person person, Unit cell, String position) {
            this.person = person;
            this.cell = cell;
            this.position = position;
        }

        boolean loads() {
            return badReason == null;
        }

        boolean rated() {
            return status == Status.RATED;
        }
    }

    static final class OrganizationYear {
        final Unit unit;
        final List<MemberRow> members = new ArrayList<>();
        RatingLevel self;
        RatingLevel proposed;
        RatingLevel decided;
        double score;
        int targetsTotal;
        int targetsMet;
        int targetsExceeded;
        int onTimeShare;
        LocalDate reviewDone;
        LocalDate reportSent;
        boolean writesSummary;
        /** Counts written on the summary form when a mismatch is planted (else the list's counts). */
        int[] summaryOverride;
        /** Layout chosen for the member list (set by the planner; person plants need card numbers). */
        MemberLayout layout;

        OrganizationYear(Unit unit) {
            this.unit = unit;
        }

        boolean hasBadRows() {
            return members.stream().anyMatch(row -> !row.loads());
        }
    }

    record LeaderRow(
            Person person, Unit organization, String position, RatingLevel self, RatingLevel decided, double score) {}

    record DisciplineEntry(
            Person person,
            Unit organization,
            String form,
            LocalDate decidedOn,
            String decisionNumber,
            String violation,
            boolean selfDetected) {}

    static final class Shortcoming {
        final int year;
        final Unit organization;
        /** The person for an individual shortcoming, else null. */
        final Person person;

        final String category;
        final String description;
        /** Status assessed the next year ("" when not yet assessed). */
        String status = "";

        Shortcoming(int year, Unit organization, Person person, String category, String description) {
            this.year = year;
            this.organization = organization;
            this.person = person;
            this.category = category;
            this.description = description;
        }
    }

    record MonthlyScore(
            Person person, Unit organization, String position, int month, double selfScore, double finalScore) {}

    final int year;
    final List<OrganizationYear> organizations = new ArrayList<>();
    final List<LeaderRow> leaders = new ArrayList<>();
    final List<DisciplineEntry> discipline = new ArrayList<>();
    final List<Shortcoming> shortcomings = new ArrayList<>();
    final List<MonthlyScore> monthly = new ArrayList<>();

    YearRecords(int year) {
        this.year = year;
    }
}
