package vn.danhgia.dashboard.console;

import vn.danhgia.dashboard.auth.Sql;

/** The statements of this package on the application database, one per file under {@code console/sql/}. */
final class ConsoleSql {
    private static final String FOLDER = "vn/danhgia/dashboard/console/sql/";

    private ConsoleSql() {}

    /** The text of {@code sql/<name>.sql}, without its trailing semicolon. */
    static String of(String name) {
        return Sql.in(FOLDER, name);
    }
}
