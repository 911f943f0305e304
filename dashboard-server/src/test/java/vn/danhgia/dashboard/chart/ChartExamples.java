package vn.danhgia.dashboard.chart;

import java.util.List;
import java.util.Optional;

/** Charts with Vietnamese labels, shaped like the dashboard's, for the tests. */
final class ChartExamples {
    static final String TITLE = "Xếp loại đảng viên theo năm";
    static final List<String> YEARS = List.of("2021", "2022", "2023", "2024");

    private ChartExamples() {}

    /** Members by level and year, every value linking to the list of those members. */
    static ChartSpec membersByLevel(ChartKind kind) {
        return new ChartSpec(
                kind,
                TITLE,
                "Năm",
                "Số đảng viên",
                YEARS,
                List.of(
                        level("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", 1180, 1215, 1190, 1234),
                        level("HTTNV", "Hoàn thành tốt nhiệm vụ", 6870, 6952, 7011, 7105),
                        level("HTNV", "Hoàn thành nhiệm vụ", 812, 760, 731, 702),
                        level("KHTNV", "Không hoàn thành nhiệm vụ", 96, 88, 71, 64),
                        ChartSeries.of(
                                "exempt",
                                "Miễn đánh giá, xếp loại",
                                Optional.of("exempt"),
                                List.of(402.0, 415.0, 428.0, 441.0))),
                false,
                "Số đảng viên ở mỗi mức xếp loại chất lượng, từ năm 2021 đến năm 2024.");
    }

    private static ChartSeries level(String code, String label, double... values) {
        List<Double> numbers = java.util.Arrays.stream(values).boxed().toList();
        List<Optional<String>> links = YEARS.stream()
                .map(year -> Optional.of("/dang-vien?year=" + year + "&level=" + code))
                .toList();
        return new ChartSeries(code, label, Optional.of(code), numbers, links);
    }
}
