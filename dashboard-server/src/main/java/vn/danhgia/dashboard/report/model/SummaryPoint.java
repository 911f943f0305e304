package vn.danhgia.dashboard.report.model;

import java.util.Objects;

/**
 * One of the few numbers that matter, on the report's one-page summary: what it is, the number as the
 * reader sees it (already formatted), and one sentence that says what it means.
 *
 * @param label what the number is, e.g. "Đảng viên hoàn thành xuất sắc nhiệm vụ"
 * @param value the number already formatted for the reader, e.g. "12,5%" or "1.234"
 * @param sentence one sentence on the number, e.g. "Tăng 1,2 điểm phần trăm so với năm 2024."
 */
public record SummaryPoint(String label, String value, String sentence) {
    public SummaryPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sentence, "sentence");
        if (label.isBlank()) {
            throw new IllegalArgumentException("A summary point needs a label");
        }
    }
}
