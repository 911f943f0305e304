package vn.danhgia.etl.generate;

/**
 * The four rating levels as the generator needs them. Kept local until core's RatingLevel is on main;
 * the codes are the same ("HTXSNV"...), so switching is a rename.
 */
public enum Level {
    EXCELLENT("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", 4),
    GOOD("HTTNV", "Hoàn thành tốt nhiệm vụ", 3),
    COMPLETED("HTNV", "Hoàn thành nhiệm vụ", 2),
    NOT_COMPLETED("KHTNV", "Không hoàn thành nhiệm vụ", 1);

    private final String code;
    private final String vietnameseName;
    private final int rank;

    Level(String code, String vietnameseName, int rank) {
        this.code = code;
        this.vietnameseName = vietnameseName;
        this.rank = rank;
    }

    public String code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public int rank() {
        return rank;
    }

    /** One level up (excellent stays excellent). */
    public Level up() {
        return this == EXCELLENT ? EXCELLENT : values()[ordinal() - 1];
    }

    /** One level down (not completed stays). */
    public Level down() {
        return this == NOT_COMPLETED ? NOT_COMPLETED : values()[ordinal() + 1];
    }

    /** The QĐ 366 band of a 100-point score (2025 on): ≥90, 70–<90, 50–<70, <50. */
    public static Level band(double score) {
        if (score >= 90) {
            return EXCELLENT;
        }
        if (score >= 70) {
            return GOOD;
        }
        return score >= 50 ? COMPLETED : NOT_COMPLETED;
    }
}
