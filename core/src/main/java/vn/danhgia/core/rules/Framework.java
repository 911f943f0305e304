package vn.danhgia.core.rules;

import java.util.Objects;

/** The regulation and guidance a rule set follows, e.g. "Quy định số 132-QĐ/TW" and "Hướng dẫn số 21-HD/BTCTW". */
public record Framework(String regulation, String guidance, String summary) {

    public Framework {
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(summary, "summary");
    }
}
