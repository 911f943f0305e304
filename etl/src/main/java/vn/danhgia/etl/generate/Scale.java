package vn.danhgia.etl.generate;

import java.util.Locale;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * Generation presets. Every scale is a number of district-sized blocks generated one after the
 * other (each block is simulated, written and dropped), which keeps memory bounded at any scale.
 */
public enum Scale {
    /** A small district for fast tests: 7 communes, 17 other organizations, about 1,500 members. */
    TEST(1, 7, 17, 6, 1_500),
    DISTRICT(1, 23, 52, 21, 9_400),
    /** About 3,000 grassroots organizations and 450,000 members. */
    CITY(42, 23, 52, 21, 10_300),
    /** About 52,000 grassroots organizations and 5.6 million members. */
    NATIONAL(720, 23, 49, 21, 7_700);

    private final int blocks;
    private final int communes;
    private final int otherOrganizations;
    private final int averageCellsPerCommune;
    private final int initialMembers;

    Scale(int blocks, int communes, int otherOrganizations, int averageCellsPerCommune, int initialMembers) {
        this.blocks = blocks;
        this.communes = communes;
        this.otherOrganizations = otherOrganizations;
        this.averageCellsPerCommune = averageCellsPerCommune;
        this.initialMembers = initialMembers;
    }

    public int blocks() {
        return blocks;
    }

    public int communes() {
        return communes;
    }

    public int otherOrganizations() {
        return otherOrganizations;
    }

    public int averageCellsPerCommune() {
        return averageCellsPerCommune;
    }

    public int initialMembers() {
        return initialMembers;
    }

    public static Scale parse(String text) {
        for (Scale scale : values()) {
            if (scale.name().equalsIgnoreCase(text.trim())) {
                return scale;
            }
        }
        throw new DanhgiaException(
                ErrorCode.INVALID_USAGE,
                GeneratorMessages.format("scale.unknown", text, "district, city, national, test"));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
