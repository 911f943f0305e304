package vn.danhgia.etl.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.level.LevelContext;
import vn.danhgia.core.level.LevelSpelling;
import vn.danhgia.core.level.LevelSpellings;
import vn.danhgia.core.rules.ExcellentOrganizationConditions;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.rules.RuleSet;
import vn.danhgia.core.rules.ScoreBand;
import vn.danhgia.core.unit.UnitNames;
import vn.danhgia.core.unit.UnitTier;
import vn.danhgia.core.unit.UnitType;

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
        ruleYears(connection, rules);
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

    static void ruleYears(Connection connection, RuleBook rules) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet range = statement.executeQuery("""
                        select min(year), max(year) from (
                            select year from raw.member_rating union all select year from raw.org_rating
                            union all select year from raw.leader_rating union all select year from raw.summary_report
                            union all select year from raw.discipline union all select year from raw.monthly_score
                            union all select year from raw.task_result union all select year from raw.submission
                            union all select try_cast(review_year as int) from raw.shortcoming
                        ) where year is not null
                        """)) {
            if (range.next() && range.getObject(1) != null) {
                for (int year = range.getInt(1); year <= range.getInt(2); year++) {
                    years.add(year);
                }
            }
        }
        execute(connection, "delete from core.dim_rule_year");
        try (PreparedStatement insert =
                connection.prepareStatement("insert into core.dim_rule_year values (" + "?, ".repeat(30) + "?)")) {
            for (int year : years) {
                RuleSet rule;
                try {
                    rule = rules.forYear(year);
                } catch (DanhgiaException noRuleSet) {
                    continue; // years before the first rule set: staging rejects their rows by year
                }
                insert.setInt(1, year);
                insert.setString(
                        2,
                        rule.framework().regulation() + " + " + rule.framework().guidance());
                insert.setDouble(3, rule.excellentQuota().ratio());
                insert.setString(4, rule.excellentQuota().scope().name().toLowerCase(java.util.Locale.ROOT));
                setBand(insert, 5, rule, vn.danhgia.core.level.RatingLevel.EXCELLENT);
                setBand(insert, 6, rule, vn.danhgia.core.level.RatingLevel.GOOD);
                setBand(insert, 7, rule, vn.danhgia.core.level.RatingLevel.COMPLETED);
                insert.setDate(8, Date.valueOf(rule.deadlines().reviewDoneBy(year)));
                insert.setDate(9, Date.valueOf(rule.deadlines().reportSentBy(year)));
                insert.setBoolean(10, rule.excellentQuota().confirmed());
                ruleColumns(insert, rule, year);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Columns 11 on: the regulation, the discipline cap, the excellent-organization conditions and the
     * text of each rule as the detectors quote it (null where the year has no such rule).
     */
    private static void ruleColumns(PreparedStatement insert, RuleSet rule, int year) throws SQLException {
        RuleTexts texts = new RuleTexts(rule, year);
        ExcellentOrganizationConditions organization = rule.excellentOrganization();
        insert.setString(11, rule.framework().regulation());
        insert.setString(12, rule.framework().guidance());
        insert.setString(13, texts.disciplineMaximum().orElse(null));
        if (rule.discipline().isPresent()) {
            insert.setBoolean(14, rule.discipline().get().exceptSelfDetectedAndRemedied());
        } else {
            insert.setNull(14, Types.BOOLEAN);
        }
        setShare(insert, 15, organization.minShareMembersAtLeastCompleted());
        setShare(insert, 16, organization.minShareMembersAtLeastGood());
        insert.setBoolean(17, organization.noDisciplinedSubUnitOrLeadership());
        setShare(insert, 18, organization.notCompletedWhenShareSubUnitsDisciplinedAbove());
        setShare(insert, 19, organization.minShareTasksOnTime());
        setShare(insert, 20, organization.minShareTasksExceeded());
        setShare(insert, 21, organization.minShareShortcomingsRemedied());
        insert.setString(22, texts.quota());
        insert.setString(23, texts.discipline().orElse(null));
        insert.setString(24, texts.excellentOrganization().orElse(null));
        insert.setString(25, texts.scoreBands().orElse(null));
        insert.setString(26, texts.remedied().orElse(null));
        insert.setString(27, texts.results());
        insert.setString(28, texts.monthly());
        insert.setString(29, texts.review());
        insert.setString(30, texts.report());
        insert.setString(31, texts.summary());
    }

    private static void setShare(PreparedStatement insert, int index, OptionalDouble share) throws SQLException {
        if (share.isPresent()) {
            insert.setDouble(index, share.getAsDouble());
        } else {
            insert.setNull(index, Types.DOUBLE);
        }
    }

    private static void setBand(
            PreparedStatement insert, int index, RuleSet rule, vn.danhgia.core.level.RatingLevel level)
            throws SQLException {
        Optional<Double> minimum = rule.scoreBands().flatMap(bands -> bands.bands().stream()
                .filter(band -> band.level() == level)
                .findFirst()
                .map(ScoreBand::atLeast)
                .filter(atLeast -> atLeast.isPresent())
                .map(atLeast -> atLeast.getAsDouble()));
        if (minimum.isPresent()) {
            insert.setDouble(index, minimum.get());
        } else {
            insert.setNull(index, Types.DOUBLE);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
