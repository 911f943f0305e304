package vn.danhgia.dashboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;

@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() {
        throw Cli.notYetAvailable("report", "báo cáo so sánh qua các năm");
    }
}
