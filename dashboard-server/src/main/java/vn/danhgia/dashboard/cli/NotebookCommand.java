package vn.danhgia.dashboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.core.warehouse.AnalystSnapshot;
import vn.danhgia.dashboard.notebook.CellOutcome;
import vn.danhgia.dashboard.notebook.Notebook;
import vn.danhgia.dashboard.notebook.NotebookHtml;
import vn.danhgia.dashboard.notebook.NotebookLibrary;
import vn.danhgia.dashboard.notebook.NotebookRun;
import vn.danhgia.dashboard.notebook.NotebookRunner;
import vn.danhgia.dashboard.notebook.NotebookView;
import vn.danhgia.dashboard.web.Templates;
import vn.danhgia.dashboard.web.Texts;

/**
 * {@code danhgia notebook}: the analysts' notebooks. {@code run} runs a notebook's SQL cells in the
 * sandbox (the analysts' copy of the warehouse) and writes one self-contained HTML page. A failing cell
 * is shown on the page with its error, named on standard error, and makes the command exit 1; the page
 * is written all the same. Bad usage (no such file, not a notebook) exits 2.
 */
@Command(name = "notebook", mixinStandardHelpOptions = true, subcommands = NotebookCommand.Run.class)
public final class NotebookCommand implements Callable<Integer> {
    static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.page.notebook");

    @Mixin
    WarehouseOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(MESSAGES.format("notebook.cli.usage"));
        err.flush();
        return Cli.EXIT_USAGE;
    }

    /** {@code danhgia notebook run FILE.ipynb [--warehouse FILE] --out FILE.html}. */
    @Command(name = "run", mixinStandardHelpOptions = true)
    static final class Run implements Callable<Integer> {
        @Mixin
        WarehouseOption warehouse;

        @Parameters(index = "0", paramLabel = "FILE.ipynb", descriptionKey = "notebook.run.parameter.file")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "FILE.html", descriptionKey = "notebook.run.option.out")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Notebook notebook = read(file);
            Path serving = warehouse.warehouse().toAbsolutePath().normalize();
            if (!Files.isRegularFile(serving) && !Files.isRegularFile(AnalystSnapshot.fileOf(serving))) {
                throw new DanhgiaException(
                        ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("notebook.cli.missingWarehouse", serving));
            }
            Texts texts = Texts.of(Messages.locale().getLanguage());
            Sandbox sandbox = Sandbox.forWarehouse(serving, NotebookLibrary.LIMITS, texts.locale());
            NotebookRun run = new NotebookRunner(sandbox, texts, Clock.systemDefaultZone()).run(notebook);
            NotebookView view = NotebookView.of(run, texts);
            Path target = out.toAbsolutePath().normalize();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, new NotebookHtml(new Templates()).file(view, texts), StandardCharsets.UTF_8);
            PrintWriter err = spec.commandLine().getErr();
            for (CellOutcome failure : run.failures()) {
                err.println(MESSAGES.format(
                        "notebook.cli.failed",
                        String.valueOf(failure.cell().number()),
                        failure.error().orElse("")));
            }
            if (!run.failures().isEmpty()) {
                err.println(MESSAGES.format(
                        "notebook.cli.failedCount",
                        String.valueOf(run.failures().size()),
                        target));
                err.flush();
                return Cli.EXIT_FAILURE;
            }
            err.flush();
            PrintWriter standard = spec.commandLine().getOut();
            standard.println(MESSAGES.format(
                    "notebook.cli.written",
                    target,
                    String.valueOf(notebook.sqlCells().size()),
                    view.elapsed()));
            standard.flush();
            return Cli.EXIT_OK;
        }

        private static Notebook read(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("notebook.cli.missingFile", file));
            }
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                throw new DanhgiaException(
                        ErrorCode.INVALID_USAGE, MESSAGES.format("notebook.invalid.json", file, "UTF-8"));
            }
            return Notebook.parse(NotebookLibrary.nameOf(file.getFileName().toString()), file.toString(), json);
        }
    }
}
