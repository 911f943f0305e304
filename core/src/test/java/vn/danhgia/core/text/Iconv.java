package vn.danhgia.core.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs glibc iconv, the reference our charsets are checked against. */
final class Iconv {
    /** What iconv wrote and whether it converted everything. */
    record Result(byte[] output, boolean succeeded) {}

    private Iconv() {}

    static byte[] convert(byte[] input, String from, String to) {
        Result result = run(input, from, to);
        if (!result.succeeded()) {
            throw new AssertionError("iconv -f " + from + " -t " + to + " failed");
        }
        return result.output();
    }

    static Result run(byte[] input, String from, String to) {
        return run(input, List.of("iconv", "-f", from, "-t", to));
    }

    /** With -c: iconv drops what it cannot convert and goes on (and exits with 1 when it dropped any). */
    static byte[] convertDroppingInvalid(byte[] input, String from, String to) {
        return run(input, List.of("iconv", "-c", "-f", from, "-t", to)).output();
    }

    private static Result run(byte[] input, List<String> command) {
        Path file = null;
        try {
            file = Files.createTempFile("iconv-input", ".bin");
            Files.write(file, input);
            Process process = new ProcessBuilder(command)
                    .redirectInput(file.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("iconv did not finish");
            }
            return new Result(output, process.exitValue() == 0);
        } catch (IOException e) {
            throw new AssertionError("Cannot run iconv (glibc's, on the PATH); the charset tests compare with it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running iconv", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
