package vn.danhgia.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * The rule sets by rating year, read from a YAML data file: {@link #defaults()} the one shipped in
 * {@code vn/danhgia/core/rules/rules.yaml} (which documents the format), {@link #load(Path)} an
 * installation's own. Periods follow one another without gaps; immutable.
 */
public final class RuleBook {
    static final String DEFAULT_RESOURCE = "vn/danhgia/core/rules/rules.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

    private final String source;
    private final List<RuleSet> ruleSets;

    private RuleBook(String source, List<RuleSet> ruleSets) {
        this.source = Objects.requireNonNull(source, "source");
        this.ruleSets = List.copyOf(ruleSets);
    }

    /** The rule sets shipped with danhgia. */
    public static RuleBook defaults() {
        return Defaults.INSTANCE;
    }

    /** The rule sets of an installation's file; {@link ErrorCode#INVALID_RULE_SET} names the file and field. */
    public static RuleBook load(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            RuleBook book = new RuleBook(file.toString(), RuleBookReader.read(input, file.toString()));
            LOG.info("{}: {} rule sets ({})", file, book.ruleSets.size(), book.periods());
            return book;
        } catch (IOException e) {
            throw RuleBookReader.invalidFile(
                    file.toString(), RuleBookReader.MESSAGES.format("rules.reason.unreadable", e.getMessage()), e);
        }
    }

    /** The rule set of a rating year; {@link ErrorCode#NO_RULE_SET_FOR_YEAR} for years no period covers. */
    public RuleSet forYear(int year) {
        for (RuleSet ruleSet : ruleSets) {
            if (ruleSet.years().contains(year)) {
                return ruleSet;
            }
        }
        throw new DanhgiaException(
                ErrorCode.NO_RULE_SET_FOR_YEAR,
                RuleBookReader.MESSAGES.format("rules.noRuleSet", String.valueOf(year), source, periods()));
    }

    /** The rule sets in year order. */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    /** Where the rules were read from: the file path, or the classpath resource of the defaults. */
    public String source() {
        return source;
    }

    private String periods() {
        return ruleSets.stream().map(ruleSet -> ruleSet.years().toString()).collect(Collectors.joining(", "));
    }

    private static final class Defaults {
        static final RuleBook INSTANCE = loadDefaults();

        private static RuleBook loadDefaults() {
            try (InputStream input = RuleBook.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                if (input == null) {
                    throw new IllegalStateException(
                            "Missing resource " + DEFAULT_RESOURCE + " in the danhgia core jar");
                }
                return new RuleBook(DEFAULT_RESOURCE, RuleBookReader.read(input, DEFAULT_RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
