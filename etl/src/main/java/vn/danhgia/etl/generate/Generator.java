package vn.danhgia.etl.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.text.TextEncoding;
import vn.danhgia.etl.generate.Renderer.Format;
import vn.danhgia.etl.generate.Renderer.Written;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;

/**
 * Writes the synthetic inputs of a run: block by block (simulate, render, forget), with the manifest
 * and the truth of the planted findings. Same options, same bytes.
 */
public final class Generator {
    private static final Logger LOG = LoggerFactory.getLogger(Generator.class);
    /** Mixed into the seed of the variety's own random stream ("variety"). */
    private static final long VARIETY_STREAM = 0x7661726965747900L;

    /** What a run produced. */
    public record Result(int files, long rows, long badRows, Map<String, Integer> plantedPerDetector, double seconds) {}

    private final GeneratorOptions options;
    private final TreeSet<Finding> truth = new TreeSet<>();
    private final Map<String, Integer> badReasons = new TreeMap<>();
    private final Map<String, Integer> messiness = new TreeMap<>();
    private final Map<String, Integer> filesPerKind = new TreeMap<>();
    private BufferedWriter manifest;
    private boolean firstFile = true;
    private int files;
    private long rows;
    private long badRows;

    public Generator(GeneratorOptions options) {
        this.options = options;
    }

    private static final String MANIFEST = "manifest.json";
    private static final String MANIFEST_PARTIAL = "manifest.json.partial";

    public Result run() {
        long start = System.nanoTime();
        Path out = options.out();
        try {
            if (Files.isDirectory(out)) {
                try (var list = Files.list(out)) {
                    if (list.findAny().isPresent()) {
                        throw new DanhgiaException(
                                ErrorCode.INVALID_USAGE, GeneratorMessages.format("out.notEmpty", out));
                    }
                }
            }
            Files.createDirectories(out.resolve("truth"));
            // written as it goes, under another name until the last file is: a killed run leaves no
            // manifest.json, which the demo and the loader would take for a whole simulated district
            manifest = Files.newBufferedWriter(out.resolve(MANIFEST_PARTIAL), StandardCharsets.UTF_8);
            manifest.write("{\n  \"generator\": \"danhgia generate\",\n  \"simulated\": true,\n  \"scale\": \""
                    + options.scale().code()
                    + "\",\n  \"seed\": " + options.seed() + ",\n  \"years\": [" + options.fromYear() + ", "
                    + options.toYear()
                    + "],\n  \"formats\": \"" + (options.csvOnly() ? "csv" : "mixed")
                    + (options.variety() == Variety.STANDARD
                            ? ""
                            : "\",\n  \"variety\": \"" + options.variety().code() + "\",\n  \"variety_share\": \""
                                    + options.varietyShare())
                    + "\",\n  \"files\": [\n");
            int blocks = options.scale().blocks();
            ProgressBar bar = blocks > 1
                    ? new ProgressBarBuilder()
                            .setTaskName(GeneratorMessages.format("progress"))
                            .setInitialMax(blocks)
                            .setStyle(ProgressBarStyle.ASCII)
                            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                            .build()
                    : null;
            try {
                for (int block = 0; block < blocks; block++) {
                    generateBlock(block);
                    if (bar != null) {
                        bar.step();
                        bar.setExtraMessage(rows + " rows");
                    }
                }
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            finishManifest();
            writeTruth();
            writeTruthReadme();
            Files.move(
                    out.resolve(MANIFEST_PARTIAL), out.resolve(MANIFEST), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.INTERNAL, GeneratorMessages.format("write.failed", out, e.getMessage()));
        }
        Map<String, Integer> planted = new TreeMap<>();
        truth.forEach(f -> planted.merge(f.detector(), 1, Integer::sum));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(files, rows, badRows, planted, seconds);
    }

    private void generateBlock(int block) throws IOException {
        SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + block);
        Simulation simulation = new Simulation(options, block, random.split());
        simulation.run();
        SplittableRandom render = random.split();
        Layouts layouts = new Layouts(
                render,
                simulation.structure.districtName.isEmpty()
                        ? ""
                        : "Đảng bộ huyện " + simulation.structure.districtName);
        MemberListVariety variety = options.variety() == Variety.WIDE
                ? new MemberListVariety(
                        VarietyVocabulary.defaults(),
                        new SplittableRandom(Long.rotateLeft(options.seed(), 17) ^ VARIETY_STREAM ^ block),
                        options.varietyShare(),
                        layouts,
                        simulation.structure.districtName.isEmpty()
                                ? ""
                                : "Đảng bộ huyện " + simulation.structure.districtName)
                : null;
        String suffix = options.scale().blocks() == 1 ? "" : " - " + simulation.structure.districtCode;
        for (YearRecords records : simulation.years) {
            // a city repeats commune names across districts: each district's files get a folder of their own
            String dir = options.scale().blocks() == 1
                    ? String.valueOf(records.year)
                    : records.year + "/" + simulation.structure.districtCode;
            int year = records.year;
            for (OrganizationYear o : records.organizations) {
                Table table = layouts.memberList(o, year);
                String listDir = variety == null ? dir : variety.apply(table, o, year, dir);
                Format format = o.layout == MemberLayout.CSV
                        ? Format.CSV
                        : render.nextInt(100) < 7 && o.layout == MemberLayout.CLASSIC ? Format.XLS : Format.XLSX;
                TextEncoding encoding = format == Format.CSV ? pickEncoding(render) : TextEncoding.UTF8;
                emit(table, listDir, format, encoding, render.nextBoolean() ? ',' : ';', false);
                if (o.writesSummary) {
                    emit(YearTables.summary(o, year), dir, Format.XLSX, TextEncoding.UTF8, ',', false);
                }
            }
            boolean tcvn = year == 2018;
            emit(
                    YearTables.organizations(records, suffix, layouts),
                    dir,
                    tcvn || year % 2 == 1 ? Format.CSV : Format.XLSX,
                    tcvn ? TextEncoding.TCVN3 : TextEncoding.UTF8_BOM,
                    ',',
                    false);
            emit(YearTables.leaders(records, suffix, layouts), dir, Format.XLSX, TextEncoding.UTF8, ',', false);
            emit(
                    YearTables.discipline(records, suffix),
                    dir,
                    Format.CSV,
                    year % 2 == 0 ? TextEncoding.WINDOWS_1258 : TextEncoding.UTF16LE_BOM,
                    ',',
                    false);
            emit(YearTables.shortcomings(records, suffix), dir, Format.XLSX, TextEncoding.UTF8, ',', false);
            if (year >= 2022) {
                emit(YearTables.monthly(records, suffix), dir, Format.CSV, TextEncoding.UTF8_BOM, ';', true);
            }
            emit(YearTables.tasks(records, suffix), dir, Format.XLSX, TextEncoding.UTF8, ',', false);
            emit(YearTables.submissions(records, suffix), dir, Format.XLSX, TextEncoding.UTF8, ',', false);
        }
        emit(
                YearTables.registry(simulation.structure.all, suffix, options.toYear()),
                "units",
                Format.XLSX,
                TextEncoding.UTF8,
                ',',
                false);
        truth.addAll(Audit.findings(simulation));
        truth.addAll(simulation.plan.statisticalTruth());
        layouts.messiness.forEach((key, value) -> messiness.merge(key, value, Integer::sum));
        LOG.info("block {}: {} files so far, {} rows", simulation.structure.districtCode, files, rows);
    }

    private static TextEncoding pickEncoding(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 30
                ? TextEncoding.UTF8_BOM
                : draw < 50
                        ? TextEncoding.UTF8
                        : draw < 70
                                ? TextEncoding.WINDOWS_1258
                                : draw < 85 ? TextEncoding.UTF16LE_BOM : TextEncoding.TCVN3;
    }

    private void emit(
            Table table, String dir, Format format, TextEncoding encoding, char separator, boolean decimalComma)
            throws IOException {
        if (options.csvOnly()) {
            format = Format.CSV;
            encoding = TextEncoding.UTF8;
            separator = ',';
            decimalComma = false;
        }
        Written written = Renderer.write(table, options.out(), dir, format, encoding, separator, decimalComma);
        files++;
        rows += written.rows();
        badRows += written.badRows().size();
        filesPerKind.merge(table.kind, 1, Integer::sum);
        StringBuilder entry = new StringBuilder();
        entry.append(firstFile ? "" : ",\n")
                .append("    {\"path\": ")
                .append(json(written.path()))
                .append(", \"kind\": ")
                .append(json(table.kind))
                .append(", \"year\": ")
                .append(table.year == 0 ? "null" : String.valueOf(table.year))
                .append(", \"unit_code\": ")
                .append(table.unitCode.isEmpty() ? "null" : json(table.unitCode))
                .append(", \"format\": ")
                .append(json(format.name().toLowerCase(java.util.Locale.ROOT)))
                .append(", \"encoding\": ")
                .append(written.encoding() == null ? "null" : json(written.encoding()))
                .append(", \"separator\": ")
                .append(format == Format.CSV ? json(String.valueOf(separator)) : "null")
                .append(", \"sheets\": ")
                .append(format == Format.CSV ? 1 : table.sheets.size())
                .append(", \"rows\": ")
                .append(written.rows())
                .append(", \"variations\": [");
        List<String> variations = new ArrayList<>(table.variations);
        for (int i = 0; i < variations.size(); i++) {
            entry.append(i == 0 ? "" : ", ").append(json(variations.get(i)));
        }
        entry.append("], \"bad_rows\": [");
        for (int i = 0; i < written.badRows().size(); i++) {
            String bad = written.badRows().get(i);
            int colon = bad.lastIndexOf(':');
            String where = bad.substring(0, colon);
            String reason = bad.substring(colon + 1);
            badReasons.merge(reason, 1, Integer::sum);
            int bang = where.lastIndexOf('!');
            entry.append(i == 0 ? "" : ", ")
                    .append("{\"sheet\": ")
                    .append(bang < 0 ? "null" : json(where.substring(0, bang)))
                    .append(", \"row\": ")
                    .append(where.substring(bang + 1))
                    .append(", \"reason\": ")
                    .append(json(reason))
                    .append('}');
        }
        entry.append("]}");
        manifest.write(entry.toString());
        firstFile = false;
    }

    private void finishManifest() throws IOException {
        manifest.write("\n  ],\n  \"totals\": {\"files\": " + files + ", \"rows\": " + rows + ", \"bad_rows\": "
                + badRows + "},\n");
        manifest.write("  \"files_per_kind\": " + jsonMap(filesPerKind) + ",\n");
        manifest.write("  \"bad_rows_per_reason\": " + jsonMap(badReasons) + ",\n");
        manifest.write("  \"messy_cells\": " + jsonMap(messiness) + "\n}\n");
        manifest.close();
    }

    private void writeTruth() throws IOException {
        try (BufferedWriter writer =
                Files.newBufferedWriter(options.out().resolve("truth/findings.csv"), StandardCharsets.UTF_8)) {
            writer.write("detector,year,unit_code,subject\n");
            for (Finding finding : truth) {
                writer.write(finding.detector() + "," + finding.year() + "," + finding.unitCode() + ","
                        + finding.subject() + "\n");
            }
        }
    }

    private void writeTruthReadme() throws IOException {
        try (var in = Generator.class.getResourceAsStream("/vn/danhgia/etl/generate/TRUTH.md")) {
            if (in != null) {
                Files.write(options.out().resolve("truth/README.md"), in.readAllBytes());
            }
        }
    }

    private static String jsonMap(Map<String, Integer> map) {
        StringBuilder text = new StringBuilder("{");
        map.forEach((key, value) -> text.append(text.length() > 1 ? ", " : "")
                .append(json(key))
                .append(": ")
                .append(value));
        return text.append('}').toString();
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
