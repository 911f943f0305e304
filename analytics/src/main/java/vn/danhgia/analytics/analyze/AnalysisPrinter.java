package vn.danhgia.analytics.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import vn.danhgia.core.cli.TextTable;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sql.DataTestResult;

/** Prints an analysis as findings per detector (rows) and year (columns), or as JSON for a script. */
public final class AnalysisPrinter {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.analyze.messages");

    private AnalysisPrinter() {}

    public static void table(Analyzer.Result result, PrintWriter out) {
        if (result.counts().isEmpty()) {
            out.println(MESSAGES.format("analyze.none"));
        } else {
            TreeSet<Integer> years = new TreeSet<>();
            Map<String, Map<Integer, Long>> byDetector = new LinkedHashMap<>();
            for (Analyzer.FindingCount count : result.counts()) {
                years.add(count.year());
                byDetector
                        .computeIfAbsent(count.detector(), d -> new LinkedHashMap<>())
                        .put(count.year(), count.findings());
            }
            List<String[]> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of(MESSAGES.format("analyze.header.detector")));
            years.forEach(year -> header.add(String.valueOf(year)));
            header.add(MESSAGES.format("analyze.header.findings"));
            rows.add(header.toArray(String[]::new));
            byDetector.forEach((detector, perYear) -> {
                List<String> row = new ArrayList<>(List.of(label(detector)));
                years.forEach(year -> row.add(perYear.containsKey(year) ? String.valueOf(perYear.get(year)) : "·"));
                row.add(String.valueOf(
                        perYear.values().stream().mapToLong(Long::longValue).sum()));
                rows.add(row.toArray(String[]::new));
            });
            TextTable.print(rows, column -> column > 0, out);
            out.println();
        }
        out.println(MESSAGES.format(
                "analyze.total",
                result.findings(),
                result.detectors(),
                result.martTests().stream().filter(DataTestResult::passed).count(),
                String.format(Locale.ROOT, "%.1f s", result.time().toMillis() / 1000.0)));
        out.flush();
    }

    public static void json(Analyzer.Result result, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode counts = root.putArray("findings");
        for (Analyzer.FindingCount count : result.counts()) {
            counts.addObject()
                    .put("detector", count.detector())
                    .put("label", label(count.detector()))
                    .put("year", count.year())
                    .put("findings", count.findings());
        }
        ArrayNode tests = root.putArray("martTests");
        for (DataTestResult test : result.martTests()) {
            tests.addObject().put("name", test.name()).put("failingRows", test.failingRows());
        }
        root.put("totalFindings", result.findings());
        root.put("seconds", result.time().toMillis() / 1000.0);
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** The detector's name as a leader reads it, with its id (the file name) after it. */
    static String label(String detector) {
        try {
            return MESSAGES.format("detector." + detector) + " (" + detector + ")";
        } catch (IllegalStateException unknown) {
            return detector;
        }
    }
}
