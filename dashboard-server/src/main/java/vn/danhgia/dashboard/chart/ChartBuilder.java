package vn.danhgia.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.DataUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** Builds a new JFreeChart for one spec, styled by the theme. Each call builds fresh objects: nothing is shared. */
final class ChartBuilder {
    /** Shares of a 100 % bar below this get no label inside the bar: it would not fit. */
    private static final double SMALLEST_LABELLED_SHARE = 0.06;

    private final ChartTheme theme;
    private final ChartNumbers numbers;
    private final String noDataMessage;

    ChartBuilder(ChartTheme theme, ChartNumbers numbers, String noDataMessage) {
        this.theme = theme;
        this.numbers = numbers;
        this.noDataMessage = noDataMessage;
    }

    JFreeChart build(ChartSpec spec) {
        CategoryDataset dataset = dataset(spec);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(spec), valueAxis(spec), renderer(spec));
        if (spec.kind() == ChartKind.HORIZONTAL_BAR) {
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        }
        plot.setBackgroundPaint(ChartTheme.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 4, 4, 16));
        plot.setNoDataMessage(noDataMessage);
        plot.setNoDataMessageFont(theme.axisLabelFont());
        plot.setNoDataMessagePaint(ChartTheme.SECONDARY_TEXT);

        JFreeChart chart = new JFreeChart(
                spec.title(), theme.titleFont(), plot, spec.series().size() > 1);
        chart.setBackgroundPaint(ChartTheme.BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        TextTitle title = chart.getTitle();
        title.setPaint(ChartTheme.TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setMargin(new RectangleInsets(0, 4, 10, 0));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(theme.legendFont());
            legend.setItemPaint(ChartTheme.TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(ChartTheme.BACKGROUND);
            legend.setMargin(new RectangleInsets(10, 0, 0, 0));
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
        return chart;
    }

    private static CategoryDataset dataset(ChartSpec spec) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartSeries series : spec.series()) {
            for (int index = 0; index < spec.categories().size(); index++) {
                Double value = series.value(index).orElse(null);
                dataset.addValue(value, series.key(), spec.categories().get(index));
            }
        }
        return dataset;
    }

    private CategoryAxis categoryAxis(ChartSpec spec) {
        CategoryAxis axis = new CategoryAxis(spec.categoryAxisLabel().isBlank() ? null : spec.categoryAxisLabel());
        axis.setLabelFont(theme.axisLabelFont());
        axis.setLabelPaint(ChartTheme.SECONDARY_TEXT);
        axis.setTickLabelFont(theme.tickLabelFont());
        axis.setTickLabelPaint(ChartTheme.TEXT);
        axis.setAxisLinePaint(ChartTheme.AXIS_LINE);
        axis.setTickMarksVisible(false);
        if (spec.kind() == ChartKind.HORIZONTAL_BAR) {
            // labels on the left have the height of a bar group and may take more of the width: a detector's
            // name ('Tổ chức HTXSNV khi quy định không cho phép') is read whole, not cut with an ellipsis
            axis.setMaximumCategoryLabelLines(3);
            axis.setMaximumCategoryLabelWidthRatio(0.4f);
        } else {
            axis.setMaximumCategoryLabelLines(2);
        }
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setCategoryMargin(spec.kind() == ChartKind.LINE ? 0.0 : 0.25);
        if (spec.kind() != ChartKind.HORIZONTAL_BAR && spec.categories().size() > 12) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return axis;
    }

    private NumberAxis valueAxis(ChartSpec spec) {
        NumberAxis axis = new NumberAxis(spec.valueAxisLabel().isBlank() ? null : spec.valueAxisLabel());
        axis.setLabelFont(theme.axisLabelFont());
        axis.setLabelPaint(ChartTheme.SECONDARY_TEXT);
        axis.setTickLabelFont(theme.tickLabelFont());
        axis.setTickLabelPaint(ChartTheme.TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setUpperMargin(0.05);
        // wider room per tick label makes the axis choose a coarser unit: about 8 to 10 grid lines, not 20
        axis.setTickLabelInsets(
                spec.kind() == ChartKind.HORIZONTAL_BAR
                        ? new RectangleInsets(2, 14, 2, 14)
                        : new RectangleInsets(12, 4, 12, 4));
        if (showsPercentages(spec)) {
            axis.setNumberFormatOverride(numbers.percentFormat());
            if (spec.kind() == ChartKind.STACKED_BAR_100) {
                axis.setRange(0.0, 1.0);
                axis.setUpperMargin(0.0);
            }
        } else {
            axis.setNumberFormatOverride(numbers.numberFormat());
            if (onlyWholeNumbers(spec)) {
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    static boolean showsPercentages(ChartSpec spec) {
        return spec.percentAxis() || spec.kind() == ChartKind.STACKED_BAR_100;
    }

    private static boolean onlyWholeNumbers(ChartSpec spec) {
        return spec.series().stream()
                .flatMap(series -> series.values().stream())
                .allMatch(value -> value.isNaN() || value == Math.rint(value));
    }

    private AbstractCategoryItemRenderer renderer(ChartSpec spec) {
        List<Color> colours = theme.seriesColours(spec.series());
        AbstractCategoryItemRenderer renderer =
                switch (spec.kind()) {
                    case STACKED_BAR, STACKED_BAR_100 -> stackedBars(spec, colours);
                    case BAR, GROUPED_BAR, HORIZONTAL_BAR -> bars(colours);
                    case LINE -> lines(colours);
                };
        for (int index = 0; index < colours.size(); index++) {
            renderer.setSeriesPaint(index, colours.get(index));
        }
        // the legend shows labels while the dataset's row keys stay the stable series keys
        renderer.setLegendItemLabelGenerator(
                (dataset, row) -> spec.series().get(row).label());
        renderer.setDefaultItemLabelFont(theme.itemLabelFont());
        return renderer;
    }

    private static void flatBars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
    }

    private BarRenderer bars(List<Color> colours) {
        BarRenderer renderer = new BarRenderer();
        flatBars(renderer);
        renderer.setItemMargin(0.05);
        return renderer;
    }

    private StackedBarRenderer stackedBars(ChartSpec spec, List<Color> colours) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        flatBars(renderer);
        // a thin white line between stacked segments keeps them apart when printed in grey
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(ChartTheme.BACKGROUND);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        if (spec.kind() == ChartKind.STACKED_BAR_100) {
            renderer.setRenderAsPercentages(true);
            NumberFormat percent = numbers.percentFormat();
            renderer.setDefaultItemLabelGenerator(new ShareLabelGenerator(percent, SMALLEST_LABELLED_SHARE));
            renderer.setDefaultItemLabelsVisible(true);
            ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
            renderer.setDefaultPositiveItemLabelPosition(centre);
            for (int index = 0; index < colours.size(); index++) {
                renderer.setSeriesItemLabelPaint(index, theme.labelColourOn(colours.get(index)));
            }
        }
        return renderer;
    }

    private static LineAndShapeRenderer lines(List<Color> colours) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setDefaultStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setUseFillPaint(true);
        renderer.setDefaultFillPaint(ChartTheme.BACKGROUND);
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        return renderer;
    }

    /** The share of a value in its category's total, e.g. "75 %", or nothing when the share is too small to label. */
    private static double share(CategoryDataset dataset, int row, int column) {
        Number value = dataset.getValue(row, column);
        double total = DataUtils.calculateColumnTotal(dataset, column);
        return value == null || total == 0 ? 0 : value.doubleValue() / total;
    }

    private static final class ShareLabelGenerator extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final NumberFormat percent;
        private final double smallest;

        ShareLabelGenerator(NumberFormat percent, double smallest) {
            this.percent = percent;
            this.smallest = smallest;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            double share = share(dataset, row, column);
            return share < smallest ? null : percent.format(share);
        }
    }
}
