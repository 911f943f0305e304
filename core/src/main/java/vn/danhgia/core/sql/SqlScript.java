package vn.danhgia.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A SQL file split into its statements, so that engines whose drivers run one statement per call
 * (JDBC, Spark's {@code sql()}) can run a whole file.
 *
 * <p>Statements end at a semicolon outside comments and quotes. Recognized: {@code --} line comments,
 * {@code /* *}{@code /} block comments (not nested), single-quoted strings with {@code ''} as the
 * escaped quote, and identifiers quoted with {@code "} or backticks. A backslash is an ordinary
 * character: it escapes quotes in Spark but not in DuckDB, so portable SQL never relies on it.
 * Comments before a statement are dropped; comments inside it are kept as written. Text after the
 * last semicolon is a statement too, unless it is only comments and blanks. An unterminated quote or
 * comment runs to the end of the text, and the engine reports it.
 */
public record SqlScript(String name, List<SqlStatement> statements) {

    public SqlScript {
        Objects.requireNonNull(name, "name");
        statements = List.copyOf(statements);
    }

    /** Splits {@code text}; {@code name} says where it came from (a file name) in messages. */
    public static SqlScript parse(String name, String text) {
        return new SqlScript(name, new Splitter(text).split());
    }

    private static final class Splitter {
        private final String text;
        private final List<SqlStatement> statements = new ArrayList<>();
        private int position;
        private int line = 1;
        private int start = -1;
        private int startLine;

        Splitter(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        List<SqlStatement> split() {
            while (position < text.length()) {
                char current = text.charAt(position);
                if (current == '-' && next() == '-') {
                    advanceTo(lineCommentEnd());
                } else if (current == '/' && next() == '*') {
                    advanceTo(blockCommentEnd());
                } else if (current == ';') {
                    finishStatement(position);
                    advanceTo(position + 1);
                } else if (Character.isWhitespace(current)) {
                    advanceTo(position + 1);
                } else {
                    if (start < 0) {
                        start = position;
                        startLine = line;
                    }
                    boolean quote = current == '\'' || current == '"' || current == '`';
                    advanceTo(quote ? quotedEnd(current) : position + 1);
                }
            }
            finishStatement(text.length());
            return statements;
        }

        private char next() {
            return position + 1 < text.length() ? text.charAt(position + 1) : '\0';
        }

        /** The index of the newline ending the comment (kept, so line counting sees it). */
        private int lineCommentEnd() {
            int newline = text.indexOf('\n', position);
            return newline < 0 ? text.length() : newline;
        }

        private int blockCommentEnd() {
            int end = text.indexOf("*/", position + 2);
            return end < 0 ? text.length() : end + 2;
        }

        /** Just past the closing quote; a doubled quote inside stands for itself. */
        private int quotedEnd(char quote) {
            int index = position + 1;
            while (index < text.length()) {
                if (text.charAt(index) == quote) {
                    if (index + 1 < text.length() && text.charAt(index + 1) == quote) {
                        index += 2;
                        continue;
                    }
                    return index + 1;
                }
                index++;
            }
            return text.length();
        }

        private void advanceTo(int end) {
            for (int index = position; index < end; index++) {
                if (text.charAt(index) == '\n') {
                    line++;
                }
            }
            position = end;
        }

        private void finishStatement(int end) {
            if (start >= 0) {
                statements.add(
                        new SqlStatement(startLine, text.substring(start, end).strip()));
                start = -1;
            }
        }
    }
}
