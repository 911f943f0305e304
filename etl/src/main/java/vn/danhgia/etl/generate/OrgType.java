package vn.danhgia.etl.generate;

/** Kinds of unit the generator builds, with the registry's Vietnamese text ("Loại hình"). */
public enum OrgType {
    COMMUNE("xã", "xã"),
    TOWNSHIP("thị trấn", "thị trấn"),
    AGENCY("cơ quan", "cơ quan"),
    PUBLIC_SERVICE("sự nghiệp", "sự nghiệp"),
    ENTERPRISE("doanh nghiệp", "doanh nghiệp"),
    ARMED_FORCES("lực lượng vũ trang", "lực lượng vũ trang"),
    VILLAGE("thôn", "thôn");

    private final String registryText;
    private final String namePart;

    OrgType(String registryText, String namePart) {
        this.registryText = registryText;
        this.namePart = namePart;
    }

    public String registryText() {
        return registryText;
    }

    public String namePart() {
        return namePart;
    }

    public boolean isCommuneLevel() {
        return this == COMMUNE || this == TOWNSHIP;
    }

    /** Core's unit type code (core.unit.UnitType#code) for the manifest. */
    public String code() {
        return switch (this) {
            case VILLAGE -> "cell";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
