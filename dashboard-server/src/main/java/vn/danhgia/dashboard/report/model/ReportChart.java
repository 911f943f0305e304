package vn.danhgia.dashboard.report.model;

import java.util.Objects;
import vn.danhgia.dashboard.chart.ChartSpec;

/**
 * A chart in a report section, drawn by the dashboard's chart package (as vectors in the PDF, listed by
 * title in the workbook).
 *
 * @param title the caption printed with the chart
 * @param spec what the chart shows
 */
public record ReportChart(String title, ChartSpec spec) implements ReportBlock {
    public ReportChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(spec, "spec");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A report chart needs a title");
        }
    }
}
