package vn.danhgia.dashboard.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * A report that cannot be made as asked: a year without ratings, a comparison year that is not before the
 * report year, an unknown unit, an output file that cannot be written. The message says what and how to
 * fix it, in the reader's language; the command line exits with 2, the dashboard answers 400 or 404.
 */
public final class ReportInputException extends DanhgiaException {
    private static final long serialVersionUID = 1L;

    /** What was wrong, for the dashboard's status code. */
    public enum Problem {
        NO_DATA,
        COMPARE_NOT_BEFORE,
        UNKNOWN_UNIT,
        UNWRITABLE_OUTPUT
    }

    private final Problem problem;

    private ReportInputException(Problem problem, String message) {
        super(ErrorCode.INVALID_USAGE, message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static ReportInputException noData(ReportRequest request, int year, List<Integer> years) {
        String loaded = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new ReportInputException(
                Problem.NO_DATA,
                ReportWording.message(
                        request.locale(),
                        request.unitCode().isPresent() ? "error.noDataUnit" : "error.noData",
                        String.valueOf(year),
                        loaded.isEmpty() ? "–" : loaded,
                        request.unitCode().orElse("")));
    }

    static ReportInputException compareNotBefore(ReportRequest request) {
        return new ReportInputException(
                Problem.COMPARE_NOT_BEFORE,
                ReportWording.message(
                        request.locale(),
                        "error.compareNotBefore",
                        String.valueOf(request.baseYear()),
                        String.valueOf(request.year())));
    }

    static ReportInputException unknownUnit(ReportRequest request) {
        return new ReportInputException(
                Problem.UNKNOWN_UNIT,
                ReportWording.message(
                        request.locale(),
                        "error.unknownUnit",
                        request.unitCode().orElse("")));
    }

    /** The output file cannot be written: its folder is missing or read-only, or it is a folder. */
    public static ReportInputException unwritable(Locale locale, Path out, String reason) {
        return new ReportInputException(
                Problem.UNWRITABLE_OUTPUT, ReportWording.message(locale, "error.unwritable", out.toString(), reason));
    }
}
