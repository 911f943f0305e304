package vn.danhgia.dashboard.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bin/danhgia child process: its arguments as a list (never a shell line), the server's environment
 * with a few variables added, its output and errors in files, a time limit after which it and its
 * descendants are stopped.
 */
final class ChildProcess {
    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);

    private ChildProcess() {}

    static LoadRunner.Step run(
            List<String> line, Map<String, String> environment, Path output, Path errors, Duration timeout)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        if (output.equals(errors)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(errors.toFile());
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                process.waitFor(30, TimeUnit.SECONDS);
                LOG.warn("{} stopped after {}", line.size() > 1 ? line.get(1) : line.get(0), timeout);
                return new LoadRunner.Step(Optional.empty(), tail(errors));
            }
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            return new LoadRunner.Step(Optional.empty(), tail(errors));
        }
        return new LoadRunner.Step(Optional.of(process.exitValue()), tail(errors));
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** The last lines of a child's log, for the page when it failed. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
