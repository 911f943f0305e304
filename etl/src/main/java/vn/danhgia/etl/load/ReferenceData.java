package vn.danhgia.etl.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.level.LevelContext;
import vn.danhgia.core.level.LevelSpelling;
import vn.danhgia.core.level.LevelSpellings;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.unit.UnitNames;
import vn.danhgia.core.unit.UnitTier;
import vn.danhgia.core.unit.UnitType;
import vn.danhgia.core.warehouse.RuleYears;

/**
 * The tables the SQL staging models join to, written from core's data files before the models run:
 * level spellings, unit type spellings, the matching key of every unit name in the loaded files, the
 * reject messages in the user's language, and the rule set of every year present. All are rewritten
 * whole at every load, so they always match the code that reads them.
 */
final class ReferenceData {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.load.messages");

    /** Reason codes the staging models emit; each has a message "reject.<CODE>" in the bundle. */
    static final List<String> REJECT_REASONS = List.of(
            "UNKNOWN_LEVEL",
            "AMBIGUOUS_LEVEL",
            "MISSING_VALUE",
            "INVALID_NUMBER",
            "INVALID_DATE",
            "INVALID_YEAR",
            "DUPLICATE_PERSON",
            "AMBIGUOUS_UNIT",
            "UNKNOWN_FORM",
            "UNKNOWN_STATUS",
            "UNKNOWN_SUBJECT_KIND",
            "UNKNOWN_GRADE",
            "DUPLICATE_UNIT",
            "DUPLICATE_OFFICIAL");

    private ReferenceData() {}

    static void write(Connection connection, RuleBook rules) throws SQLException {
        levelSpellings(connection);
        unitTypeSpellings(connection);
        unitTextKeys(connection);
        folderSegments(connection);
        rejectReasons(connection);
        fieldLabels(connection);
        RuleYears.write(connection, rules);
    }

    private static void levelSpellings(Connection connection) throws SQLException {
        execute(connection, "delete from meta.level_spelling");
        try (TableAppender insert = TableAppender.open(connection, "meta", "level_spelling")) {
            for (LevelSpelling spelling : LevelSpellings.all()) {
                for (LevelContext context : LevelContext.values()) {
                    if (spelling.acceptedIn(context)) {
                        insert.row(
                                spelling.key(),
                                spelling.rating().status().code(),
                                spelling.rating()
                                        .level()
                                        .map(level -> level.code())
                                        .orElse(null),
                                context.name().toLowerCase(java.util.Locale.ROOT),
                                spelling.onlyBeforeYear().isPresent()
                                        ? Integer.valueOf(
                                                spelling.onlyBeforeYear().getAsInt())
                                        : null);
                    }
                }
            }
        }
    }

    private static void unitTypeSpellings(Connection connection) throws SQLException {
        execute(connection, "delete from meta.unit_type_spelling");
        try (TableAppender insert = TableAppender.open(connection, "meta", "unit_type_spelling")) {
            for (Map.Entry<String, UnitType> entry : UnitType.spellings().entrySet()) {
                insert.row(entry.getKey(), "type", entry.getValue().code());
            }
            for (Map.Entry<String, UnitTier> entry : UnitTier.spellings().entrySet()) {
                insert.row(entry.getKey(), "tier", entry.getValue().code());
            }
        }
    }

    /** Every distinct unit name of the raw tables, with core's matching key (organ prefix removed, folded). */
    private static void unitTextKeys(Connection connection) throws SQLException {
        TreeSet<String> texts = new TreeSet<>();
        String query = """
                select unit from raw.member_rating union select cell from raw.member_rating
                union select unit from raw.org_rating union select unit_name from raw.org_rating
                union select unit_name from raw.leader_rating union select unit from raw.leader_rating
                union select unit from raw.summary_report union select unit_name from raw.summary_report
                union select unit_name from raw.discipline union select unit from raw.discipline
                union select subject_name from raw.shortcoming union select unit from raw.shortcoming
                union select unit_name from raw.monthly_score union select unit from raw.monthly_score
                union select unit_name from raw.task_result union select unit from raw.task_result
                union select unit_name from raw.submission union select unit from raw.submission
                """;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                String text = rows.getString(1);
                if (text != null && !text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        execute(connection, "delete from meta.unit_text_key");
        try (TableAppender insert = TableAppender.open(connection, "meta", "unit_text_key")) {
            for (String text : texts) {
                insert.row(text, UnitNames.matchKey(text), UnitNames.exactKey(text));
            }
        }
    }

    /**
     * Every folder the loaded files were found in (relative to the folder given to load), one row per
     * name in its path with core's matching key. A folder named by a registered unit's code or name is
     * the scope of the files inside it (sql/staging/unit_resolution.sql): a city's files sorted into one
     * folder per district tell apart two communes of the same name in two districts.
     */
    private static void folderSegments(Connection connection) throws SQLException {
        TreeSet<String> folders = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select distinct regexp_replace(file, '/[^/]*$', '') from meta.load_log where file like '%/%'")) {
            while (rows.next()) {
                folders.add(rows.getString(1));
            }
        }
        execute(connection, "delete from meta.folder_segment");
        try (TableAppender insert = TableAppender.open(connection, "meta", "folder_segment")) {
            for (String folder : folders) {
                String[] names = folder.split("/");
                for (int depth = 1; depth <= names.length; depth++) {
                    String name = names[depth - 1];
                    if (!name.isBlank()) {
                        insert.row(folder, depth, name, UnitNames.matchKey(name));
                    }
                }
            }
        }
    }

    private static void rejectReasons(Connection connection) throws SQLException {
        execute(connection, "delete from meta.reject_reason");
        try (TableAppender insert = TableAppender.open(connection, "meta", "reject_reason")) {
            for (String reason : REJECT_REASONS) {
                insert.row(reason, MESSAGES.format("reject." + reason));
            }
        }
    }

    private static void fieldLabels(Connection connection) throws SQLException {
        execute(connection, "delete from meta.field_label");
        try (TableAppender insert = TableAppender.open(connection, "meta", "field_label")) {
            for (InputKind kind : InputKind.values()) {
                for (String field : kind.fields()) {
                    insert.row(kind.code(), field, MESSAGES.format("field." + field));
                }
            }
            for (String lineage : List.of("unit")) {
                for (InputKind kind : InputKind.values()) {
                    insert.row(kind.code(), lineage, MESSAGES.format("field." + lineage));
                }
            }
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
