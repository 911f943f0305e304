package vn.danhgia.dashboard.page;

import java.util.Objects;
import vn.danhgia.dashboard.chart.ChartRenderer;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.chart.ChartTable;
import vn.danhgia.dashboard.web.Texts;

/**
 * A chart as a page shows it: the inline SVG (bars that link to the list behind them), its data table one
 * click away, and the addresses of the same chart as PNG and SVG files to download. Numbers are written
 * in the reader's language.
 */
public record ChartView(String id, ChartSpec spec, String svg, ChartTable table, String pngUrl, String svgUrl) {
    static final int WIDTH = 720;
    static final int HEIGHT = 400;
    private static final ChartRenderer VIETNAMESE = new ChartRenderer(Texts.VIETNAMESE.locale());
    private static final ChartRenderer ENGLISH = new ChartRenderer(Texts.ENGLISH.locale());

    public ChartView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(pngUrl, "pngUrl");
        Objects.requireNonNull(svgUrl, "svgUrl");
    }

    /** Renders {@code spec}; {@code download} is the chart endpoint's address without its extension. */
    static ChartView of(Texts texts, String id, ChartSpec spec, String download, String query) {
        String suffix = query.isEmpty() ? "" : "?" + query;
        ChartRenderer renderer = renderer(texts);
        return new ChartView(
                id,
                spec,
                spec.isEmpty() ? "" : renderer.svg(spec, WIDTH, HEIGHT),
                renderer.table(spec),
                download + ".png" + suffix,
                download + ".svg" + suffix);
    }

    static byte[] png(Texts texts, ChartSpec spec) {
        return renderer(texts).png(spec, WIDTH * 2, HEIGHT * 2);
    }

    static String svg(Texts texts, ChartSpec spec) {
        return renderer(texts).svg(spec, WIDTH, HEIGHT);
    }

    private static ChartRenderer renderer(Texts texts) {
        return texts.language().equals("en") ? ENGLISH : VIETNAMESE;
    }

    public boolean empty() {
        return svg.isEmpty();
    }
}
