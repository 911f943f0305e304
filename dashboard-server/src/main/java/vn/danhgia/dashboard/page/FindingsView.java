package vn.danhgia.dashboard.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.query.EvidenceView;
import vn.danhgia.dashboard.query.FilterOptions;

/**
 * What the findings templates show, already in words: the list (rows, sortable headers, pager,
 * downloads) and one finding (its detector explained, its facts, rule and source rows). A person is
 * shown by pseudonym to analysts and as "một đảng viên" to viewers: the choice is made before here.
 */
public final class FindingsView {
    private FindingsView() {}

    /** One row of the list. {@code subject} is already what this user may see. */
    public record Row(
            String link,
            String detector,
            String detectorName,
            int year,
            String unitCode,
            String unitName,
            Optional<String> organizationCode,
            Optional<String> organizationName,
            String subject,
            boolean person,
            String severity,
            String severityName,
            String score) {
        public Row {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(organizationCode, "organizationCode");
            Objects.requireNonNull(organizationName, "organizationName");
        }

        /** Whether the organization is worth a second line (a cell's or a person's organization). */
        public boolean showOrganization() {
            return organizationCode.isPresent() && !organizationCode.get().equals(unitCode);
        }
    }

    /** A column header: a link that sorts by it, and how the list is sorted now ({@code aria-sort}). */
    public record SortHeader(String code, String label, String link, String ariaSort, String arrow, boolean numeric) {}

    /** A link of the pager; {@code current} for the page shown. */
    public record PageLink(int number, String link, boolean current) {}

    /** The list page. */
    public record ListView(
            List<Row> rows,
            long total,
            int page,
            int pageCount,
            int firstShown,
            int lastShown,
            List<SortHeader> headers,
            List<PageLink> pages,
            Optional<String> previous,
            Optional<String> next,
            String xlsxLink,
            String csvLink,
            String resetLink,
            FilterOptions options,
            Optional<String> detector,
            Optional<Integer> year,
            Optional<String> severity,
            Optional<String> unit,
            String sort,
            String order) {
        public ListView {
            rows = List.copyOf(rows);
            headers = List.copyOf(headers);
            pages = List.copyOf(pages);
        }

        public SortHeader header(String code) {
            return headers.stream()
                    .filter(header -> header.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no header " + code));
        }
    }

    /** One finding. */
    public record Detail(
            Row row, String meaning, String scoreMeaning, EvidenceView evidence, String backLink, String listLink) {
        public Detail {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(evidence, "evidence");
        }
    }
}
