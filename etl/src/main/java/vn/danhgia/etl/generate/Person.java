package vn.danhgia.etl.generate;

import java.time.LocalDate;

/** A party member during the simulation. */
final class Person {
    final String card;
    final String fullName;
    final boolean male;
    final LocalDate birthDate;
    final LocalDate admittedOn;
    /** Fixed draw deciding exemption on request at high age. */
    final double exemptionDraw;
    /** Persistent merit: who is rated higher inside a cell year after year. */
    final double merit;

    Unit cell;
    Unit organization;
    String occupation;
    String position = "Đảng viên";
    LocalDate leftOn;
    String leaderPosition;
    String officialCode;
    /** Ill for most of this year (exempt on request). */
    int illYear;

    Person(
            String card,
            String fullName,
            boolean male,
            LocalDate birthDate,
            LocalDate admittedOn,
            double exemptionDraw,
            double merit) {
        this.card = card;
        this.fullName = fullName;
        this.male = male;
        this.birthDate = birthDate;
        this.admittedOn = admittedOn;
        this.exemptionDraw = exemptionDraw;
        this.merit = merit;
    }

    boolean activeOn(LocalDate date) {
        return !admittedOn.isAfter(date) && (leftOn == null || date.isBefore(leftOn));
    }

    int age(int year) {
        return year - birthDate.getYear();
    }
}
