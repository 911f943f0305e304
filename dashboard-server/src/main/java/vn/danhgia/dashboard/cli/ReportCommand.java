package vn.danhgia.dashboard.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.dashboard.report.ReportBuilder;
import vn.danhgia.dashboard.report.ReportFiles;
import vn.danhgia.dashboard.report.ReportFormat;
import vn.danhgia.dashboard.report.ReportRequest;
import vn.danhgia.dashboard.report.Restatement;
import vn.danhgia.dashboard.report.model.YearReport;

/**
 * {@code danhgia report}: the year-over-year comparison report of the district (or one grassroots
 * organization) as a PDF or XLSX file. A bad request (a year without data, a comparison year not before
 * the report year, an unknown unit, an output that cannot be written) is one message and exit 2, and
 * leaves no file behind: the report is written beside {@code --out} and moved over it once whole.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "report.option.year")
    int year;

    @Option(names = "--compare", paramLabel = "YEAR", descriptionKey = "report.option.compare")
    Integer compare;

    @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "report.option.unit")
    String unit;

    @ArgGroup(exclusive = true)
    Views views;

    @Option(names = "--format", required = true, paramLabel = "pdf|xlsx", descriptionKey = "report.option.format")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "report.option.out")
    Path out;

    /** {@code --as-is} (the default) or {@code --as-was}. */
    static final class Views {
        @Option(names = "--as-is", descriptionKey = "report.option.asIs")
        boolean asIs;

        @Option(names = "--as-was", descriptionKey = "report.option.asWas")
        boolean asWas;
    }

    /** The formats as the option spells them. */
    enum Format {
        pdf,
        xlsx
    }

    @Override
    public Integer call() throws Exception {
        Locale locale = Messages.locale();
        Path file = warehouse.warehouse().toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    ServeCommand.MESSAGES.format("serve.noWarehouse", warehouse.warehouse()));
        }
        ReportFiles.checkWritable(out, locale);
        ReportRequest request = new ReportRequest(
                year,
                compare == null ? OptionalInt.empty() : OptionalInt.of(compare),
                Optional.ofNullable(unit),
                views != null && views.asWas ? Restatement.AS_WAS : Restatement.AS_IS,
                locale);
        long started = System.nanoTime();
        YearReport report;
        try (Connection connection = Warehouses.open(file, Warehouses.Mode.READ_ONLY)) {
            report = new ReportBuilder(Clock.systemDefaultZone()).build(connection, request);
        }
        ReportFormat chosen = ReportFormat.of(format.name());
        ReportFiles.write(report, chosen, out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.debug("{}: report of {} against {} written in {} ms", out, year, request.baseYear(), millis);
        PrintWriter print = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        print.println(ServeCommand.MESSAGES.format("report.written", out.toString(), String.valueOf(millis)));
        return 0;
    }
}
