package vn.danhgia.dashboard.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
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

    /** One finding; {@code sources} are the evidence's source rows, those of one sheet in one line. */
    public record Detail(
            Row row,
            String meaning,
            String scoreMeaning,
            EvidenceView evidence,
            List<SourceLines> sources,
            String backLink,
            String listLink) {
        public Detail {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(evidence, "evidence");
            sources = List.copyOf(sources);
        }

        public boolean sourceDetails() {
            return sources.stream().anyMatch(source -> !source.details().isEmpty());
        }
    }

    /**
     * Rows of one sheet of one file: {@code rows} written as ranges ({@code 9–12, 15}), so that twenty
     * rows of one list read as one line; a row with details of its own stays alone.
     */
    public record SourceLines(
            String file, Optional<String> sheet, String rows, int count, List<EvidenceView.Fact> details) {
        public SourceLines {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(rows, "rows");
            details = List.copyOf(details);
        }
    }

    /** Consecutive source rows of the same file and sheet, without details, merged into one line. */
    public static List<SourceLines> sourceLines(List<EvidenceView.SourceRow> sources) {
        List<SourceLines> lines = new ArrayList<>();
        int index = 0;
        while (index < sources.size()) {
            EvidenceView.SourceRow first = sources.get(index);
            List<Integer> rows = new ArrayList<>();
            first.row().ifPresent(rows::add);
            int next = index + 1;
            if (first.details().isEmpty() && first.row().isPresent()) {
                while (next < sources.size()
                        && sources.get(next).details().isEmpty()
                        && sources.get(next).file().equals(first.file())
                        && sources.get(next).sheet().equals(first.sheet())
                        && sources.get(next).row().isPresent()) {
                    rows.add(sources.get(next).row().get());
                    next++;
                }
            }
            lines.add(new SourceLines(first.file(), first.sheet(), ranges(rows), next - index, first.details()));
            index = next;
        }
        return lines;
    }

    /** Row numbers as ranges: {@code [9, 10, 11, 15, 17, 18]} is {@code 9–11, 15, 17, 18}; none is a dash. */
    static String ranges(List<Integer> rows) {
        if (rows.isEmpty()) {
            return "–";
        }
        List<Integer> sorted = rows.stream().sorted().distinct().toList();
        List<String> parts = new ArrayList<>();
        int start = sorted.get(0);
        int previous = start;
        for (int position = 1; position <= sorted.size(); position++) {
            boolean continues = position < sorted.size() && sorted.get(position) == previous + 1;
            if (continues) {
                previous = sorted.get(position);
                continue;
            }
            if (previous == start) {
                parts.add(String.valueOf(start));
            } else if (previous == start + 1) {
                parts.add(String.valueOf(start));
                parts.add(String.valueOf(previous));
            } else {
                parts.add(start + "–" + previous);
            }
            if (position < sorted.size()) {
                start = sorted.get(position);
                previous = start;
            }
        }
        return String.join(", ", parts);
    }

    private static final Pattern NUMBER = Pattern.compile("[−+-]?[0-9][0-9.,]*( ?%)?");

    /** Whether a formatted evidence cell is a number (right-aligned in its table). */
    public static boolean numeric(String cell) {
        return NUMBER.matcher(cell).matches();
    }
}
