package vn.danhgia.dashboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;

@Command(name = "user", mixinStandardHelpOptions = true)
public final class UserCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() {
        throw Cli.notYetAvailable("user", "tài khoản người dùng");
    }
}
