package vn.danhgia.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsStatementsAtSemicolonsAndStripsThem() {
        SqlScript script =
                SqlScript.parse("a.sql", "create schema if not exists raw;\ncreate schema if not exists core;\n");

        assertThat(texts(script))
                .containsExactly("create schema if not exists raw", "create schema if not exists core");
        assertThat(script.name()).isEqualTo("a.sql");
    }

    @Test
    void dropsLeadingCommentsAndKeepsCommentsInsideStatements() {
        String text = """
                -- a line comment; with a semicolon
                /* a block comment; with a semicolon
                   over two lines */
                create table t ( -- inner comment; not an end
                    a string /* inner; block */
                );
                """;

        assertThat(texts(SqlScript.parse("a.sql", text)))
                .containsExactly("create table t ( -- inner comment; not an end\n    a string /* inner; block */\n)");
    }

    @Test
    void ignoresSemicolonsInStringsAndQuotedIdentifiers() {
        String text = "select 'a;b', 'it''s; fine', \"odd;name\", `spark;name` from t; select 2";

        assertThat(texts(SqlScript.parse("a.sql", text)))
                .containsExactly("select 'a;b', 'it''s; fine', \"odd;name\", `spark;name` from t", "select 2");
    }

    @Test
    void treatsCommentMarkersInsideStringsAsText() {
        String text = "select '-- not a comment;' as a, '/* nor this; */' as b; select 3;";

        assertThat(texts(SqlScript.parse("a.sql", text)))
                .containsExactly("select '-- not a comment;' as a, '/* nor this; */' as b", "select 3");
    }

    @Test
    void treatsBackslashAsAnOrdinaryCharacter() {
        assertThat(texts(SqlScript.parse("a.sql", "select 'a\\'; select 2;")))
                .containsExactly("select 'a\\'", "select 2");
    }

    @Test
    void keepsTextAfterTheLastSemicolonUnlessItIsOnlyComments() {
        assertThat(texts(SqlScript.parse("a.sql", "select 1; select 2"))).containsExactly("select 1", "select 2");
        assertThat(texts(SqlScript.parse("a.sql", "select 1; -- the end\n/* really */\n")))
                .containsExactly("select 1");
    }

    @Test
    void skipsEmptyStatementsAndEmptyScripts() {
        assertThat(SqlScript.parse("a.sql", ";;\n ;").statements()).isEmpty();
        assertThat(SqlScript.parse("a.sql", "").statements()).isEmpty();
        assertThat(SqlScript.parse("a.sql", "-- only a comment").statements()).isEmpty();
    }

    @Test
    void recordsTheLineWhereEachStatementStarts() {
        String text = """
                -- header

                select 1;
                /* two
                   lines */ select
                  'multi
                line';
                select 3; select 4;
                """;

        assertThat(SqlScript.parse("a.sql", text).statements())
                .extracting(SqlStatement::line)
                .containsExactly(3, 5, 8, 8);
    }

    @Test
    void runsAnUnterminatedStringToTheEndSoTheEngineReportsIt() {
        assertThat(texts(SqlScript.parse("a.sql", "select 1; select 'open; select 2;")))
                .containsExactly("select 1", "select 'open; select 2;");
    }

    @Test
    void keepsVietnameseTextIntact() {
        assertThat(texts(SqlScript.parse("a.sql", "select 'Hoàn thành xuất sắc nhiệm vụ; Đảng ủy';")))
                .containsExactly("select 'Hoàn thành xuất sắc nhiệm vụ; Đảng ủy'");
    }

    private static List<String> texts(SqlScript script) {
        return script.statements().stream().map(SqlStatement::text).toList();
    }
}
