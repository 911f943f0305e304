package vn.danhgia.etl.read.internal;

import java.util.Optional;
import java.util.stream.Collectors;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.i18n.Messages;

/** Every error a reader raises, built in one place from the etl.read bundle. */
public final class ReadErrors {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.read.messages");

    private ReadErrors() {}

    public static String message(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }

    public static String kindName(InputKind kind) {
        return MESSAGES.format("kind." + kind.code());
    }

    public static DanhgiaException empty(String sourceFile, String key) {
        return new DanhgiaException(ErrorCode.EMPTY_FILE, message(key), SourceLocation.ofFile(sourceFile));
    }

    public static DanhgiaException unreadable(String sourceFile, String key, Object... arguments) {
        return new DanhgiaException(
                ErrorCode.UNREADABLE_FILE, message(key, arguments), SourceLocation.ofFile(sourceFile));
    }

    public static DanhgiaException unreadable(String sourceFile, Throwable cause, String key, Object... arguments) {
        return new DanhgiaException(
                ErrorCode.UNREADABLE_FILE, message(key, arguments), SourceLocation.ofFile(sourceFile), cause);
    }

    /**
     * A file whose header was not recognized, with the sheet and the row that came closest (what {@code
     * inspect --json} writes as {@code closest}, for a mapping form to offer its cells).
     */
    public static final class UnknownLayout extends DanhgiaException {
        private static final long serialVersionUID = 1L;

        private final transient Optional<String> sheet;
        private final transient Optional<HeaderDetector.Attempt> closest;

        UnknownLayout(
                String message,
                SourceLocation location,
                Optional<String> sheet,
                Optional<HeaderDetector.Attempt> closest) {
            super(ErrorCode.UNKNOWN_LAYOUT, message, location);
            this.sheet = sheet;
            this.closest = closest;
        }

        public Optional<String> sheet() {
            return sheet;
        }

        public Optional<HeaderDetector.Attempt> closest() {
            return closest;
        }
    }

    public static DanhgiaException unknownLayout(String sourceFile, int headRows) {
        return new UnknownLayout(
                message("read.unknownLayout", headRows),
                SourceLocation.ofFile(sourceFile),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * A file whose header was not recognized, naming the row that came closest, the header cells read
     * there, what they bound and which fields are missing, and how to map them with {@code inspect}.
     */
    public static DanhgiaException unknownLayout(
            String sourceFile, int headRows, Optional<String> sheet, Optional<HeaderDetector.Attempt> attempt) {
        if (attempt.isEmpty()) {
            return unknownLayout(sourceFile, headRows);
        }
        HeaderDetector.Attempt closest = attempt.get();
        String cells = closest.cells().stream().map(cell -> "\"" + cell + "\"").collect(Collectors.joining(", "));
        String bound = closest.bound().isEmpty()
                ? message("read.nothingBound")
                : closest.bound().stream()
                        .map(binding -> "\"" + binding.header() + "\" → " + binding.field())
                        .distinct()
                        .collect(Collectors.joining(", "));
        String missing = closest.missing().isEmpty()
                ? message(
                        "read.forbiddenField", String.join(", ", closest.rules().forbiddenFields()))
                : String.join(", ", closest.missing());
        String example = closest.cells().stream()
                .filter(cell -> closest.bound().stream()
                        .noneMatch(binding -> binding.header().equals(cell)))
                .findFirst()
                .orElse(closest.cells().isEmpty() ? "Cột" : closest.cells().get(0));
        String field =
                closest.missing().isEmpty() ? "final_level" : closest.missing().get(0);
        SourceLocation location = SourceLocation.ofFile(sourceFile).withRow(closest.row());
        if (sheet.isPresent()) {
            location = location.withSheet(sheet.get());
        }
        if (closest.bound().isEmpty()) {
            return new UnknownLayout(
                    message("read.unknownLayoutNothing", headRows, cells, sourceFile, example),
                    location,
                    sheet,
                    attempt);
        }
        return new UnknownLayout(
                message(
                        "read.unknownLayoutClosest",
                        headRows,
                        cells,
                        kindName(closest.rules().kind()),
                        bound,
                        missing,
                        sourceFile,
                        example,
                        field),
                location,
                sheet,
                attempt);
    }

    public static DanhgiaException missingYear(String sourceFile, InputKind kind) {
        return new DanhgiaException(
                ErrorCode.MISSING_VALUE,
                message("read.missingYear", kindName(kind)),
                SourceLocation.ofFile(sourceFile));
    }

    public static DanhgiaException missingUnit(String sourceFile, InputKind kind) {
        return new DanhgiaException(
                ErrorCode.MISSING_VALUE,
                message("read.missingUnit", kindName(kind)),
                SourceLocation.ofFile(sourceFile));
    }

    /** A short reason from a low-level exception, for the message's parenthesis. */
    public static String reason(Throwable error) {
        Throwable deepest = error;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String text = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
