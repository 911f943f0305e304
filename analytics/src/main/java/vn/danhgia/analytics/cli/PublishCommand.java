package vn.danhgia.analytics.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.danhgia.analytics.publish.DeltaSnapshotReader;
import vn.danhgia.analytics.publish.LakeLayout;
import vn.danhgia.analytics.publish.Publication;
import vn.danhgia.analytics.publish.PublishedTable;
import vn.danhgia.analytics.publish.ServingPublisher;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.TextTable;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * {@code danhgia publish --lake DIR}: rebuilds the dashboard's DuckDB file from the Delta Lake, without
 * Spark (Delta Kernel lists each table's live files, DuckDB reads them), and swaps it in atomically.
 */
@Command(name = "publish", mixinStandardHelpOptions = true)
public final class PublishCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.publish.messages");
    private static final Messages LAKE_MESSAGES = Messages.of("vn.danhgia.etl.lake.messages");

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--lake", paramLabel = "DIR", required = true, descriptionKey = "option.lake")
    Path lake;

    @Override
    public Integer call() {
        LakeLayout layout = new LakeLayout(lake);
        if (layout.servedTables().isEmpty()) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, LAKE_MESSAGES.format("lake.noLake", lake));
        }
        ServingPublisher publisher = new ServingPublisher(
                new DeltaSnapshotReader(), Clock.systemUTC(), System.getProperty("user.name", "?"));
        Publication publication = publisher.publish(layout, warehouse.warehouse());
        print(publication, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        return Cli.EXIT_OK;
    }

    static void print(Publication publication, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            MESSAGES.format("publish.header.table"),
            MESSAGES.format("publish.header.version"),
            MESSAGES.format("publish.header.files"),
            MESSAGES.format("publish.header.rows")
        });
        for (PublishedTable table : publication.tables()) {
            rows.add(new String[] {
                table.qualifiedName(),
                Long.toString(table.deltaVersion()),
                Integer.toString(table.files()),
                Long.toString(table.rows())
            });
        }
        TextTable.print(rows, column -> column > 0, out);
        out.println(MESSAGES.format(
                "publish.total",
                publication.tables().size(),
                publication.totalFiles(),
                publication.totalRows(),
                publication.lake(),
                publication.warehouse(),
                String.format(Locale.ROOT, "%.1f s", publication.elapsed().toMillis() / 1000.0)));
        out.flush();
    }
}
