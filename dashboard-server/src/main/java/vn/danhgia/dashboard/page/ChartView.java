package vn.danhgia.dashboard.page;

import java.util.Objects;
import vn.danhgia.dashboard.chart.ChartRenderer;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.chart.ChartTable;

/**
 * A chart as a page shows it: the inline SVG (bars that link to the list behind them), its data table one
 * click away, and the addresses of the same chart as PNG and SVG files to download.
 */
public record ChartView(String id, ChartSpec spec, String svg, ChartTable table, String pngUrl, String svgUrl) {
    static final int WIDTH = 720;
    static final int HEIGHT = 400;
    private static final ChartRenderer RENDERER = new ChartRenderer();

    public ChartView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(pngUrl, "pngUrl");
        Objects.requireNonNull(svgUrl, "svgUrl");
    }

    /** Renders {@code spec}; {@code download} is the chart endpoint's address without its extension. */
    static ChartView of(String id, ChartSpec spec, String download, String query) {
        String suffix = query.isEmpty() ? "" : "?" + query;
        return new ChartView(
                id,
                spec,
                spec.isEmpty() ? "" : RENDERER.svg(spec, WIDTH, HEIGHT),
                RENDERER.table(spec),
                download + ".png" + suffix,
                download + ".svg" + suffix);
    }

    static byte[] png(ChartSpec spec) {
        return RENDERER.png(spec, WIDTH * 2, HEIGHT * 2);
    }

    static String svg(ChartSpec spec) {
        return RENDERER.svg(spec, WIDTH, HEIGHT);
    }

    public boolean empty() {
        return svg.isEmpty();
    }
}
