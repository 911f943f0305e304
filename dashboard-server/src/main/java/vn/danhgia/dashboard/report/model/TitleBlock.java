package vn.danhgia.dashboard.report.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The title block of a party document, laid out as Hướng dẫn 36-HD/VPTW asks: top left the superior body
 * ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI") over the issuing body ("HUYỆN ỦY THẠCH THẤT"), an asterisk line and the number
 * line ("Số 15-BC/HU"); top right "ĐẢNG CỘNG SẢN VIỆT NAM" underlined, and under it in italics the place and
 * date ("Thạch Thất, ngày 07 tháng 12 năm 2026"); then the centered title ("BÁO CÁO") and its subtitle.
 *
 * <p>The texts come already in the reader's language and case; the renderers only lay them out.
 *
 * @param issuingBodyParent the superior party body, may be empty when the issuing body has none
 * @param issuingBody the body that issues the report
 * @param documentNumber the whole number line, e.g. "Số 15-BC/HU" (may be empty before it is numbered)
 * @param place the place written before the date, e.g. "Thạch Thất"
 * @param date the date of the document
 * @param title the document's kind, e.g. "BÁO CÁO"
 * @param subtitle what the report is about, e.g. "Kết quả đánh giá, xếp loại năm 2025 so với năm 2024"
 */
public record TitleBlock(
        String issuingBodyParent,
        String issuingBody,
        String documentNumber,
        String place,
        LocalDate date,
        String title,
        String subtitle) {
    public TitleBlock {
        Objects.requireNonNull(issuingBodyParent, "issuingBodyParent");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        if (issuingBody.isBlank()) {
            throw new IllegalArgumentException("A report's title block needs the issuing body");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("A report's title block needs a title, e.g. \"BÁO CÁO\"");
        }
    }
}
