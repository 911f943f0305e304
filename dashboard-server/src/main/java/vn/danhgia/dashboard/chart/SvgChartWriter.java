package vn.danhgia.dashboard.chart;

import java.awt.Dimension;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Draws a chart with Batik's SVGGraphics2D and adds what a page needs around it: a {@code <title>}
 * and {@code <desc>}, a {@code viewBox} so CSS can scale it, ids unique to the chart (several charts
 * share one HTML page), and one transparent overlay per drawn item that carries a tooltip and, where
 * the item has one, the link to the list behind it.
 *
 * <p>The output uses presentation attributes only (Batik's {@code useCss=false}): no {@code style}
 * attribute and no {@code <style>} element, so it passes a Content-Security-Policy without
 * {@code 'unsafe-inline'}.
 */
final class SvgChartWriter {
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /** Radius of the click target around a point of a line chart, in pixels: larger than the drawn dot. */
    private static final double POINT_TARGET_RADIUS = 9;

    private SvgChartWriter() {}

    static String write(ChartSpec spec, JFreeChart chart, ChartItems items, int width, int height) {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setPrecision(2);
        context.setEmbeddedFontsOn(false);
        String idPrefix = idPrefix(spec, width, height);
        context.setIDGenerator(new PrefixedIdGenerator(idPrefix));
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height), info);

        Element root = graphics.getRoot();
        renameGenericDefinitions(root, idPrefix);
        addFontFallback(root);
        Element overlays = overlays(document, spec, items, info);
        boolean interactive =
                overlays.getElementsByTagNameNS(SVG_NAMESPACE, "a").getLength() > 0;
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("class", "chart");
        // role "img" makes every child presentational, which would hide the links from assistive
        // technology (axe: nested-interactive); a chart with links is a group of links instead
        root.setAttribute("role", interactive ? "group" : "img");
        root.setAttribute("aria-label", spec.title());
        Node first = root.getFirstChild();
        root.insertBefore(textElement(document, "title", spec.title()), first);
        if (!spec.description().isBlank()) {
            root.insertBefore(textElement(document, "desc", spec.description()), first);
        }
        root.appendChild(overlays);
        return serialize(graphics, root);
    }

    private static Element overlays(Document document, ChartSpec spec, ChartItems items, ChartRenderingInfo info) {
        Element group = document.createElementNS(SVG_NAMESPACE, "g");
        group.setAttribute("class", "chart-items");
        for (Object object : info.getEntityCollection().getEntities()) {
            if (object instanceof CategoryItemEntity entity) {
                Optional<ChartItems.Item> item =
                        items.item((String) entity.getRowKey(), (String) entity.getColumnKey());
                Optional<Element> shape = targetShape(document, spec.kind(), entity);
                if (item.isPresent() && shape.isPresent()) {
                    group.appendChild(overlay(document, item.get(), shape.get()));
                }
            }
        }
        return group;
    }

    private static Element overlay(Document document, ChartItems.Item item, Element shape) {
        Element container = document.createElementNS(SVG_NAMESPACE, item.link().isPresent() ? "a" : "g");
        item.link().ifPresent(link -> container.setAttribute("href", link));
        container.setAttribute("class", item.link().isPresent() ? "bar" : "bar no-link");
        container.setAttribute("data-series", item.seriesKey());
        container.setAttribute("data-category", item.category());
        container.appendChild(textElement(document, "title", item.tooltip()));
        // invisible but painted, so it takes the pointer; the page's stylesheet may highlight it on hover
        shape.setAttribute("fill", "#000000");
        shape.setAttribute("fill-opacity", "0");
        shape.setAttribute("stroke", "none");
        container.appendChild(shape);
        return container;
    }

    /** The click target of one item: the bar itself, or a circle around a line's point; empty for a bar of no size. */
    private static Optional<Element> targetShape(Document document, ChartKind kind, ChartEntity entity) {
        Shape area = entity.getArea();
        Rectangle2D bounds = area.getBounds2D();
        if (kind == ChartKind.LINE) {
            Element circle = document.createElementNS(SVG_NAMESPACE, "circle");
            circle.setAttribute("cx", number(bounds.getCenterX()));
            circle.setAttribute("cy", number(bounds.getCenterY()));
            circle.setAttribute("r", number(POINT_TARGET_RADIUS));
            return Optional.of(circle);
        }
        if (bounds.getWidth() < 0.5 || bounds.getHeight() < 0.5) {
            return Optional.empty();
        }
        if (area instanceof Rectangle2D rectangle) {
            Element rect = document.createElementNS(SVG_NAMESPACE, "rect");
            rect.setAttribute("x", number(rectangle.getX()));
            rect.setAttribute("y", number(rectangle.getY()));
            rect.setAttribute("width", number(rectangle.getWidth()));
            rect.setAttribute("height", number(rectangle.getHeight()));
            return Optional.of(rect);
        }
        Element path = document.createElementNS(SVG_NAMESPACE, "path");
        path.setAttribute("d", pathData(area));
        return Optional.of(path);
    }

    private static String pathData(Shape shape) {
        StringBuilder data = new StringBuilder();
        double[] points = new double[6];
        for (PathIterator iterator = shape.getPathIterator(null); !iterator.isDone(); iterator.next()) {
            int segment = iterator.currentSegment(points);
            switch (segment) {
                case PathIterator.SEG_MOVETO -> data.append('M').append(pair(points, 0));
                case PathIterator.SEG_LINETO -> data.append('L').append(pair(points, 0));
                case PathIterator.SEG_QUADTO ->
                    data.append('Q').append(pair(points, 0)).append(' ').append(pair(points, 2));
                case PathIterator.SEG_CUBICTO ->
                    data.append('C')
                            .append(pair(points, 0))
                            .append(' ')
                            .append(pair(points, 2))
                            .append(' ')
                            .append(pair(points, 4));
                case PathIterator.SEG_CLOSE -> data.append('Z');
                default -> throw new IllegalStateException("Unknown path segment " + segment);
            }
        }
        return data.toString();
    }

    private static String pair(double[] points, int offset) {
        return number(points[offset]) + " " + number(points[offset + 1]);
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** Batik adds a {@code <defs id="genericDefs">}, the same id in every chart of a page: prefix it, or drop it when empty. */
    private static void renameGenericDefinitions(Element root, String idPrefix) {
        NodeList definitions = root.getElementsByTagNameNS(SVG_NAMESPACE, "defs");
        for (int index = definitions.getLength() - 1; index >= 0; index--) {
            Element definition = (Element) definitions.item(index);
            if (definition.getAttribute("id").equals("genericDefs")) {
                if (definition.hasChildNodes()) {
                    definition.setAttribute("id", idPrefix + "genericDefs");
                } else {
                    definition.getParentNode().removeChild(definition);
                }
            }
        }
    }

    /** Batik writes the font family alone; a viewer without DejaVu Sans should still use a sans-serif font. */
    private static void addFontFallback(Element element) {
        String family = element.getAttribute("font-family");
        if (!family.isEmpty() && !family.contains("sans-serif")) {
            element.setAttribute("font-family", family + ", sans-serif");
        }
        NodeList children = element.getChildNodes();
        for (int index = 0; index < children.getLength(); index++) {
            if (children.item(index) instanceof Element child) {
                addFontFallback(child);
            }
        }
    }

    private static Element textElement(Document document, String name, String text) {
        Element element = document.createElementNS(SVG_NAMESPACE, name);
        element.setTextContent(text);
        return element;
    }

    private static String serialize(SVGGraphics2D graphics, Element root) {
        StringWriter writer = new StringWriter(32 * 1024);
        try {
            graphics.stream(root, writer, false, false);
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException("Batik could not write the SVG of a chart", e);
        }
        String svg = writer.toString();
        // an element to inline in HTML: no XML declaration nor DOCTYPE before it
        int start = svg.indexOf("<svg");
        return svg.substring(start).strip();
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser is not configured", e);
        }
    }

    /**
     * A prefix for the ids of one chart's clip paths: the same chart gets the same ids (stable output),
     * different charts on one page get different ones (an id is unique in an HTML document).
     */
    private static String idPrefix(ChartSpec spec, int width, int height) {
        int hash = List.of(spec.kind().name(), spec.title(), spec.categories(), spec.series(), width, height)
                .hashCode();
        return "c" + Integer.toHexString(hash) + "-";
    }

    private static final class PrefixedIdGenerator extends SVGIDGenerator {
        private final String prefix;

        PrefixedIdGenerator(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return super.generateID(prefix + kind);
        }
    }
}
