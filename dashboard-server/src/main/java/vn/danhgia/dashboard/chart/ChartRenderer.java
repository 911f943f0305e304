package vn.danhgia.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import vn.danhgia.core.i18n.Messages;

/**
 * Draws a {@link ChartSpec} as inline SVG for the screen, PNG for download, and a table of its
 * numbers, all in the one {@link ChartTheme}.
 *
 * <p>Thread-safe and lock-free: every call builds its own JFreeChart, Batik document and number
 * formats; only the immutable theme is shared.
 */
public final class ChartRenderer {
    static final int MINIMUM_SIZE = 100;
    static final int MAXIMUM_SIZE = 4000;
    private static final String MISSING_VALUE = "–";
    private static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.chart.messages");

    private final ChartTheme theme;
    private final ChartNumbers numbers;
    private final Locale locale;

    /** A renderer in the process's language ({@link Messages#locale()}): Vietnamese unless English was asked for. */
    public ChartRenderer() {
        this(ChartTheme.standard(), Messages.locale());
    }

    /** A renderer whose numbers and texts are in {@code locale}'s language (a server answers each user in theirs). */
    public ChartRenderer(Locale locale) {
        this(ChartTheme.standard(), locale);
    }

    ChartRenderer(ChartTheme theme, Locale locale) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.numbers = new ChartNumbers(locale);
        this.locale = locale;
    }

    /**
     * The chart as one standalone {@code <svg>} element to inline in HTML: a {@code viewBox} of
     * {@code width} × {@code height} (scale it with CSS), a {@code <title>}, and over every drawn item
     * an overlay {@code <a class="bar" href="...">} (or {@code <g class="bar no-link">} when the item
     * has no link) with {@code data-series}, {@code data-category} and a {@code <title>} tooltip.
     */
    public String svg(ChartSpec spec, int width, int height) {
        checkSize(width, height);
        return SvgChartWriter.write(spec, chart(spec), new ChartItems(spec, numbers), width, height);
    }

    /** The chart as a PNG image of exactly {@code width} × {@code height} pixels, on white. */
    public byte[] png(ChartSpec spec, int width, int height) {
        checkSize(width, height);
        JFreeChart chart = chart(spec);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setPaint(ChartTheme.BACKGROUND);
            graphics.fillRect(0, 0, width, height);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the PNG of chart '" + spec.title() + "'", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Draws the chart onto any {@link Graphics2D} inside {@code area}: a PDF's vector graphics, where every
     * line and letter stays a vector. The caller owns the graphics (this method does not dispose of it).
     *
     * @param withTitle whether the chart draws its own title; a report that prints its own caption leaves it out
     */
    public void draw(ChartSpec spec, Graphics2D graphics, Rectangle2D area, boolean withTitle) {
        Objects.requireNonNull(graphics, "graphics");
        Objects.requireNonNull(area, "area");
        JFreeChart chart = chart(spec);
        if (!withTitle) {
            chart.setTitle((String) null);
        }
        chart.draw(graphics, area);
    }

    /** The chart's numbers as a table: a row per category, a column per series, a total for stacked charts. */
    public ChartTable table(ChartSpec spec) {
        NumberFormat number = numbers.numberFormat();
        NumberFormat percent = numbers.percentFormat();
        boolean stacked = spec.kind() == ChartKind.STACKED_BAR || spec.kind() == ChartKind.STACKED_BAR_100;
        List<String> header = new ArrayList<>();
        header.add(spec.categoryAxisLabel());
        spec.series().forEach(series -> header.add(series.label()));
        if (stacked) {
            header.add(MESSAGES.format(locale, "chart.total"));
        }
        List<ChartTable.Row> rows = new ArrayList<>();
        for (int column = 0; column < spec.categories().size(); column++) {
            double total = ChartItems.columnTotal(spec, column);
            List<ChartTable.Cell> cells = new ArrayList<>();
            for (ChartSeries series : spec.series()) {
                Optional<Double> value = series.value(column);
                String text = value.map(one -> spec.percentAxis() ? percent.format(one) : number.format(one))
                        .orElse(MISSING_VALUE);
                if (spec.kind() == ChartKind.STACKED_BAR_100 && value.isPresent() && total > 0) {
                    text += " (" + percent.format(value.get() / total) + ")";
                }
                cells.add(new ChartTable.Cell(
                        text, value.isPresent() ? series.links().get(column) : Optional.empty()));
            }
            if (stacked) {
                cells.add(new ChartTable.Cell(number.format(total), Optional.empty()));
            }
            rows.add(new ChartTable.Row(spec.categories().get(column), cells));
        }
        return new ChartTable(MESSAGES.format(locale, "chart.tableCaption", spec.title()), header, rows);
    }

    private JFreeChart chart(ChartSpec spec) {
        return new ChartBuilder(theme, numbers, MESSAGES.format(locale, "chart.noData")).build(spec);
    }

    private static void checkSize(int width, int height) {
        if (width < MINIMUM_SIZE || width > MAXIMUM_SIZE || height < MINIMUM_SIZE || height > MAXIMUM_SIZE) {
            throw new IllegalArgumentException(
                    "A chart of " + width + " × " + height + " pixels cannot be drawn: width and"
                            + " height must be between " + MINIMUM_SIZE + " and " + MAXIMUM_SIZE);
        }
    }
}
