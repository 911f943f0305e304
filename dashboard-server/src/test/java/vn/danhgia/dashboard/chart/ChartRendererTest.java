package vn.danhgia.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartRendererTest {
    private static final String SVG = SvgChartWriter.SVG_NAMESPACE;
    private final ChartRenderer renderer = new ChartRenderer(ChartTheme.standard(), Locale.forLanguageTag("vi"));

    @Test
    void svgIsOneXmlElementWithoutStyleAttributesStyleSheetsOrScripts() throws Exception {
        String svg = renderer.svg(ChartExamples.membersByLevel(ChartKind.STACKED_BAR), 900, 600);

        assertThat(svg).startsWith("<svg ").endsWith("</svg\n>");
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 900 600");
        assertThat(root.getAttribute("role")).isEqualTo("group");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Xếp loại đảng viên theo năm");
        List<Element> elements = elements(root);
        assertThat(elements).extracting(Element::getLocalName).doesNotContain("style", "script", "foreignObject");
        assertThat(elements)
                .allSatisfy(element -> assertThat(attributeNames(element)).doesNotContain("style"));
        assertThat(svg)
                .doesNotContainPattern("\\sstyle=")
                .doesNotContain("<style")
                .doesNotContain("<script");
    }

    @Test
    void svgCarriesTheVietnameseTitleAsTextWithItsDiacritics() throws Exception {
        String svg = renderer.svg(ChartExamples.membersByLevel(ChartKind.STACKED_BAR), 900, 600);

        Element root = parse(svg).getDocumentElement();
        Element title = (Element) root.getElementsByTagNameNS(SVG, "title").item(0);
        assertThat(title.getParentNode()).isSameAs(root);
        assertThat(title.getTextContent()).isEqualTo("Xếp loại đảng viên theo năm");
        assertThat(texts(root, "text")).contains("Xếp loại đảng viên theo năm", "Hoàn thành xuất sắc nhiệm vụ", "Năm");
        assertThat(texts(root, "desc"))
                .containsExactly("Số đảng viên ở mỗi mức xếp loại chất lượng, từ năm 2021 đến năm 2024.");
        assertThat(svg).contains(">Xếp loại đảng viên theo năm<");
    }

    @Test
    void svgHasOneLinkPerLinkedItemWithItsEscapedHrefAndTooltip() throws Exception {
        String svg = renderer.svg(ChartExamples.membersByLevel(ChartKind.STACKED_BAR), 900, 600);

        List<Element> links = elementsNamed(parse(svg).getDocumentElement(), "a");
        // 4 levels with links × 4 years; the exempt series has no links
        assertThat(links).hasSize(16);
        assertThat(links)
                .allSatisfy(link -> assertThat(link.getAttribute("class")).isEqualTo("bar"));
        Set<String> expected = new HashSet<>();
        for (String level : List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV")) {
            for (String year : ChartExamples.YEARS) {
                expected.add("/dang-vien?year=" + year + "&level=" + level);
            }
        }
        assertThat(links).extracting(link -> link.getAttribute("href")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(svg).contains("href=\"/dang-vien?year=2024&amp;level=HTXSNV\"");
        Element excellent2024 = links.stream()
                .filter(link -> link.getAttribute("data-series").equals("HTXSNV"))
                .filter(link -> link.getAttribute("data-category").equals("2024"))
                .findFirst()
                .orElseThrow();
        assertThat(texts(excellent2024, "title")).containsExactly("Hoàn thành xuất sắc nhiệm vụ 2024: 1.234");
    }

    @Test
    void svgHasOneTransparentShapePerBar() throws Exception {
        Element root = parse(renderer.svg(ChartExamples.membersByLevel(ChartKind.STACKED_BAR), 900, 600))
                .getDocumentElement();

        List<Element> bars = elements(root).stream()
                .filter(element -> element.hasAttribute("data-series"))
                .toList();
        assertThat(bars).hasSize(20);
        assertThat(bars).allSatisfy(bar -> {
            List<Element> shapes = elementsNamed(bar, "rect");
            assertThat(shapes).hasSize(1);
            assertThat(shapes.get(0).getAttribute("fill-opacity")).isEqualTo("0");
        });
        assertThat(bars)
                .filteredOn(bar -> bar.getLocalName().equals("g"))
                .extracting(bar -> bar.getAttribute("class"), bar -> bar.getAttribute("data-series"))
                .containsOnly(org.assertj.core.groups.Tuple.tuple("bar no-link", "exempt"));
    }

    @Test
    void lineChartPointsGetCircularTargets() throws Exception {
        Element root = parse(renderer.svg(ChartExamples.membersByLevel(ChartKind.LINE), 900, 600))
                .getDocumentElement();

        List<Element> links = elementsNamed(root, "a");
        assertThat(links).hasSize(16);
        assertThat(links)
                .allSatisfy(link -> assertThat(elementsNamed(link, "circle")).hasSize(1));
    }

    @Test
    void everyKindRendersItsItems() throws Exception {
        for (ChartKind kind : List.of(ChartKind.STACKED_BAR_100, ChartKind.GROUPED_BAR, ChartKind.HORIZONTAL_BAR)) {
            Element root = parse(renderer.svg(ChartExamples.membersByLevel(kind), 640, 400))
                    .getDocumentElement();
            assertThat(elementsNamed(root, "a")).as(kind.name()).hasSize(16);
        }
    }

    @Test
    void stackedShareTooltipsGiveTheCountAndTheShare() throws Exception {
        Element root = parse(renderer.svg(ChartExamples.membersByLevel(ChartKind.STACKED_BAR_100), 900, 600))
                .getDocumentElement();

        // 1,234 of 1,234 + 7,105 + 702 + 64 + 441 = 9,546 members in 2024
        assertThat(texts(root, "title")).contains("Hoàn thành xuất sắc nhiệm vụ 2024: 1.234 (12,9%)");
        assertThat(texts(root, "text")).contains("100%", "50%", "74,4%");
    }

    @Test
    void percentAxisShowsSharesAsVietnamesePercentages() throws Exception {
        ChartSpec spec = new ChartSpec(
                ChartKind.BAR,
                "Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ",
                "Năm",
                "Tỷ lệ",
                List.of("2023", "2024"),
                List.of(ChartSeries.of("share", "Tỷ lệ", Optional.empty(), List.of(0.125, 0.25))),
                true,
                "");

        Element root = parse(renderer.svg(spec, 900, 600)).getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(texts(root, "text")).contains("0%", "10%", "20%");
        assertThat(texts(root, "title")).contains("Tỷ lệ 2023: 12,5%", "Tỷ lệ 2024: 25%");
        assertThat(renderer.table(spec).rows())
                .extracting(row -> row.cells().get(0).text())
                .containsExactly("12,5%", "25%");
    }

    @Test
    void chartWithoutValuesSaysThereIsNoData() throws Exception {
        ChartSpec spec = new ChartSpec(ChartKind.STACKED_BAR, "Xếp loại", "Năm", "Số", List.of(), List.of(), false, "");

        Element root = parse(renderer.svg(spec, 400, 300)).getDocumentElement();

        assertThat(texts(root, "text")).contains("Không có dữ liệu cho biểu đồ này");
        assertThat(elementsNamed(root, "a")).isEmpty();
    }

    @Test
    void idsAreUniqueToTheChartSoSeveralChartsShareAPage() throws Exception {
        Element first = parse(renderer.svg(ChartExamples.membersByLevel(ChartKind.STACKED_BAR), 900, 600))
                .getDocumentElement();
        Element second = parse(renderer.svg(ChartExamples.membersByLevel(ChartKind.LINE), 900, 600))
                .getDocumentElement();

        Set<String> firstIds = ids(first);
        Set<String> secondIds = ids(second);
        assertThat(firstIds).isNotEmpty();
        assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
    }

    @Test
    void pngDecodesAtTheRequestedSizeWithTheLevelColours() throws Exception {
        byte[] png = renderer.png(ChartExamples.membersByLevel(ChartKind.STACKED_BAR), 900, 600);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).hasSizeGreaterThan(20).contains(0xFFFFFF, 0xF2C12E, 0x58B2D8, 0xD0651A, 0x8C1D18);
    }

    @Test
    void tableHasARowPerCategoryAColumnPerSeriesAndATotal() {
        ChartTable table = renderer.table(ChartExamples.membersByLevel(ChartKind.STACKED_BAR));

        assertThat(table.caption()).isEqualTo("Bảng số liệu: Xếp loại đảng viên theo năm");
        assertThat(table.header())
                .containsExactly(
                        "Năm",
                        "Hoàn thành xuất sắc nhiệm vụ",
                        "Hoàn thành tốt nhiệm vụ",
                        "Hoàn thành nhiệm vụ",
                        "Không hoàn thành nhiệm vụ",
                        "Miễn đánh giá, xếp loại",
                        "Tổng số");
        assertThat(table.rows()).extracting(ChartTable.Row::category).containsExactlyElementsOf(ChartExamples.YEARS);
        ChartTable.Row last = table.rows().get(3);
        assertThat(last.cells())
                .extracting(ChartTable.Cell::text)
                .containsExactly("1.234", "7.105", "702", "64", "441", "9.546");
        assertThat(last.cells())
                .extracting(ChartTable.Cell::link)
                .containsExactly(
                        Optional.of("/dang-vien?year=2024&level=HTXSNV"),
                        Optional.of("/dang-vien?year=2024&level=HTTNV"),
                        Optional.of("/dang-vien?year=2024&level=HTNV"),
                        Optional.of("/dang-vien?year=2024&level=KHTNV"),
                        Optional.empty(),
                        Optional.empty());
    }

    @Test
    void tableOfSharesGivesCountsWithSharesAndMarksMissingValues() {
        ChartSpec spec = new ChartSpec(
                ChartKind.STACKED_BAR_100,
                "Cơ cấu xếp loại",
                "Đơn vị",
                "Tỷ lệ",
                List.of("Xã Đông Hòa", "Phường Bắc Sơn"),
                List.of(
                        ChartSeries.of("HTTNV", "HTTNV", Optional.of("HTTNV"), List.of(3.0, 1234.5)),
                        ChartSeries.of("HTNV", "HTNV", Optional.of("HTNV"), List.of(1.0, Double.NaN))),
                false,
                "");

        ChartTable table = renderer.table(spec);

        assertThat(table.rows().get(0).cells())
                .extracting(ChartTable.Cell::text)
                .containsExactly("3 (75%)", "1 (25%)", "4");
        assertThat(table.rows().get(1).cells())
                .extracting(ChartTable.Cell::text)
                .containsExactly("1.234,5 (100%)", "–", "1.234,5");
    }

    @Test
    void rejectsSizesOutsideTheDrawableRange() {
        ChartSpec spec = ChartExamples.membersByLevel(ChartKind.LINE);
        assertThatThrownBy(() -> renderer.svg(spec, 50, 600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "A chart of 50 × 600 pixels cannot be drawn: width and height must be between 100 and 4000");
    }

    @Test
    void concurrentRendersGiveTheSameSvgAsOneAtATime() throws Exception {
        List<ChartSpec> specs = new ArrayList<>();
        for (ChartKind kind :
                List.of(ChartKind.STACKED_BAR, ChartKind.STACKED_BAR_100, ChartKind.LINE, ChartKind.HORIZONTAL_BAR)) {
            specs.add(ChartExamples.membersByLevel(kind));
        }
        List<String> expected =
                specs.stream().map(spec -> renderer.svg(spec, 800, 500)).toList();
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (ChartSpec spec : specs) {
                    results.add(executor.submit(() -> renderer.svg(spec, 800, 500)));
                }
            }
            for (int index = 0; index < results.size(); index++) {
                assertThat(results.get(index).get()).isEqualTo(expected.get(index % specs.size()));
            }
        } finally {
            executor.shutdownNow();
        }
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        NodeList nodes = root.getElementsByTagNameNS("*", "*");
        for (int index = 0; index < nodes.getLength(); index++) {
            all.add((Element) nodes.item(index));
        }
        return all;
    }

    static List<Element> elementsNamed(Element root, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(SVG, name);
        for (int index = 0; index < nodes.getLength(); index++) {
            found.add((Element) nodes.item(index));
        }
        return found;
    }

    static List<String> texts(Element root, String name) {
        return elementsNamed(root, name).stream().map(Element::getTextContent).toList();
    }

    private static List<String> attributeNames(Element element) {
        List<String> names = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int index = 0; index < attributes.getLength(); index++) {
            names.add(attributes.item(index).getNodeName());
        }
        return names;
    }

    private static Set<String> ids(Element root) {
        Set<String> ids = new HashSet<>();
        for (Element element : elements(root)) {
            if (element.hasAttribute("id")) {
                ids.add(element.getAttribute("id"));
            }
        }
        return ids;
    }
}
