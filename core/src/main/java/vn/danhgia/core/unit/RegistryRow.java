package vn.danhgia.core.unit;

import java.util.Objects;

/**
 * One data row of a unit registry sheet, as text the way the file holds it (a blank cell is an empty
 * string). Columns: Mã đơn vị, Tên tổ chức đảng, Loại hình, Cấp, Trực thuộc, Hiệu lực từ, Hiệu lực đến
 * (dd/MM/yyyy), Sáp nhập / chuyển thành (successor code or codes), Ghi chú. {@code rowNumber} is the
 * 1-based row the user sees in the file, for error messages.
 */
public record RegistryRow(
        int rowNumber,
        String code,
        String name,
        String type,
        String tier,
        String parentCode,
        String validFrom,
        String validTo,
        String successor,
        String note) {

    public RegistryRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber must be 1 or more: " + rowNumber);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(note, "note");
    }
}
