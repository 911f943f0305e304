package vn.danhgia.dashboard.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one look of every chart: DejaVu Sans (Debian's fonts-dejavu-core, which has every Vietnamese
 * letter), white background, light grid, and a fixed colour per rating level or status so a level
 * looks the same on every chart.
 *
 * <p>The four levels are ordered by lightness as well as by hue, so a chart printed in grey still
 * tells them apart and in their order: "not completed" is the darkest (dark red), then "completed"
 * (burnt orange), "good" (sky blue), and "excellent" the lightest (gold). Each step is at least 0.15
 * of relative luminance (WCAG's definition), and the hues avoid red–green pairs, so colour-blind
 * readers separate them by lightness and by the blue–yellow axis. Monthly grades A to D reuse the
 * colours of the four levels from excellent to not completed. Series that are not levels take the
 * {@link #PALETTE} in order.
 *
 * <p>Immutable and shared by all threads.
 */
public final class ChartTheme {
    /** The font family of every text in a chart, also written into the SVG (with a sans-serif fallback). */
    public static final String FONT_FAMILY = "DejaVu Sans";

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = new Color(0x1A1A1A);
    public static final Color SECONDARY_TEXT = new Color(0x4D4D4D);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color AXIS_LINE = new Color(0x8C8C8C);

    private static final Color EXCELLENT = new Color(0xF2C12E);
    private static final Color GOOD = new Color(0x58B2D8);
    private static final Color COMPLETED = new Color(0xD0651A);
    private static final Color NOT_COMPLETED = new Color(0x8C1D18);

    /** Colours by level, status or grade code (upper case). */
    private static final Map<String, Color> LEVEL_COLOURS = Map.ofEntries(
            Map.entry("HTXSNV", EXCELLENT),
            Map.entry("HTTNV", GOOD),
            Map.entry("HTNV", COMPLETED),
            Map.entry("KHTNV", NOT_COMPLETED),
            Map.entry("A", EXCELLENT),
            Map.entry("B", GOOD),
            Map.entry("C", COMPLETED),
            Map.entry("D", NOT_COMPLETED),
            // dark grey: in grey print it falls between "not completed" and "completed", apart from both
            Map.entry("EXEMPT", new Color(0x666666)),
            Map.entry("SUSPENDED", new Color(0x6A4C93)),
            Map.entry("NEW_MEMBER", new Color(0xA5C882)),
            Map.entry("NOT_RATED", new Color(0xCFCFCF)));

    /** Colours of series that are not levels, in order (Okabe–Ito based, colour-blind safe). */
    public static final List<Color> PALETTE = List.of(
            new Color(0x1F4E79),
            new Color(0xD55E00),
            new Color(0x009E73),
            new Color(0xCC79A7),
            new Color(0x56B4E9),
            new Color(0xE69F00),
            new Color(0x6A4C93),
            new Color(0x555555));

    private static final ChartTheme INSTANCE = new ChartTheme();

    private final Font titleFont = new Font(FONT_FAMILY, Font.BOLD, 16);
    private final Font axisLabelFont = new Font(FONT_FAMILY, Font.PLAIN, 12);
    private final Font tickLabelFont = new Font(FONT_FAMILY, Font.PLAIN, 11);
    private final Font legendFont = new Font(FONT_FAMILY, Font.PLAIN, 12);
    private final Font itemLabelFont = new Font(FONT_FAMILY, Font.BOLD, 11);

    private ChartTheme() {}

    public static ChartTheme standard() {
        return INSTANCE;
    }

    /** The fixed colour of a level ({@code HTXSNV}...), status ({@code exempt}...) or monthly grade ({@code A}...). */
    public Optional<Color> levelColour(String code) {
        return Optional.ofNullable(LEVEL_COLOURS.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The colour of each series in order: a level's own colour, else the next colour of the palette. */
    public List<Color> seriesColours(List<ChartSeries> series) {
        List<Color> colours = new ArrayList<>(series.size());
        int next = 0;
        for (ChartSeries one : series) {
            Optional<Color> level = one.levelCode().flatMap(this::levelColour);
            if (level.isPresent()) {
                colours.add(level.get());
            } else {
                colours.add(PALETTE.get(next % PALETTE.size()));
                next++;
            }
        }
        return List.copyOf(colours);
    }

    /** Black or white, whichever reads better on {@code background} (for labels inside bars). */
    public Color labelColourOn(Color background) {
        return relativeLuminance(background) < 0.3 ? Color.WHITE : TEXT;
    }

    /** WCAG 2 relative luminance, 0 for black to 1 for white: how light a colour prints in grey. */
    public static double relativeLuminance(Color colour) {
        return 0.2126 * linear(colour.getRed())
                + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    public Font titleFont() {
        return titleFont;
    }

    public Font axisLabelFont() {
        return axisLabelFont;
    }

    public Font tickLabelFont() {
        return tickLabelFont;
    }

    public Font legendFont() {
        return legendFont;
    }

    public Font itemLabelFont() {
        return itemLabelFont;
    }
}
