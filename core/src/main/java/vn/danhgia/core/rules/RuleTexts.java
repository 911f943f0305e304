package vn.danhgia.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import vn.danhgia.core.i18n.Messages;

/**
 * The Vietnamese text of each rule of a year, as the detectors quote it in their evidence: built from
 * the rule set's numbers and the templates in {@code rule-texts.properties}, each prefixed with the
 * year's regulation and guidance. A rule the year does not have gives an empty text.
 */
public final class RuleTexts {
    private static final Properties TEMPLATES = templates();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RuleSet rules;
    private final int year;

    public RuleTexts(RuleSet rules, int year) {
        this.rules = rules;
        this.year = year;
    }

    public String quota() {
        String ratio = percent(rules.excellentQuota().ratio());
        String text = format("quota", ratio);
        return quote(rules.excellentQuota().confirmed() ? text : text + " " + format("quota.unconfirmed", ratio));
    }

    public Optional<String> discipline() {
        return rules.discipline().map(rule -> quote(rule.description()));
    }

    public Optional<String> excellentOrganization() {
        ExcellentOrganizationConditions conditions = rules.excellentOrganization();
        List<String> parts = new ArrayList<>();
        conditions
                .minShareMembersAtLeastCompleted()
                .ifPresent(share -> parts.add(format("organization.completed", percent(share))));
        conditions
                .minShareMembersAtLeastGood()
                .ifPresent(share -> parts.add(format("organization.good", percent(share))));
        if (conditions.noDisciplinedSubUnitOrLeadership()) {
            parts.add(format("organization.disciplined"));
        }
        conditions.minShareTasksOnTime().ifPresent(share -> parts.add(format("organization.onTime", percent(share))));
        conditions
                .minShareTasksExceeded()
                .ifPresent(share -> parts.add(format("organization.exceeded", percent(share))));
        conditions
                .minShareShortcomingsRemedied()
                .ifPresent(share -> parts.add(format("organization.remedied", percent(share))));
        return parts.isEmpty()
                ? Optional.empty()
                : Optional.of(quote(format("organization", String.join("; ", parts))));
    }

    public Optional<String> scoreBands() {
        return rules.scoreBands().map(bands -> {
            List<String> parts = new ArrayList<>();
            for (ScoreBand band : bands.bands()) {
                String name = band.level().vietnameseName();
                if (band.below().isEmpty()) {
                    parts.add(format("band.top", number(band.atLeast()), name));
                } else if (band.atLeast().isEmpty()) {
                    parts.add(format("band.bottom", number(band.below()), name));
                } else {
                    parts.add(format("band.middle", number(band.atLeast()), number(band.below()), name));
                }
            }
            return quote(format("bands", String.join("; ", parts)));
        });
    }

    public Optional<String> remedied() {
        return rules.excellentOrganization().minShareShortcomingsRemedied().stream()
                .mapToObj(share -> quote(format("remedied", percent(share))))
                .findFirst();
    }

    /** The basis of a rating in results, with the year's cap for under half of the targets where it has one. */
    public String results() {
        String text = format("results");
        return quote(rules.cap(CapCondition.UNDER_HALF_OF_TARGETS)
                .map(cap -> text + " " + cap.description())
                .orElse(text));
    }

    /** Hanoi's monthly evaluation is the city's own rule, so it is not quoted under the year's framework. */
    public String monthly() {
        return format("monthly", String.valueOf(year));
    }

    public String review() {
        return quote(format("review", DAY.format(rules.deadlines().reviewDoneBy(year))));
    }

    public String report() {
        return quote(format("report", DAY.format(rules.deadlines().reportSentBy(year))));
    }

    public String summary() {
        return quote(format("summary"));
    }

    private String quote(String rule) {
        return format(
                "prefix", rules.framework().regulation(), rules.framework().guidance(), String.valueOf(year), rule);
    }

    /** The highest level discipline allows, as stored (e.g. 'KHTNV'). */
    public Optional<String> disciplineMaximum() {
        return rules.discipline().map(rule -> rule.maximum().code());
    }

    private static String percent(double share) {
        return new BigDecimal(Double.toString(share * 100)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String number(OptionalDouble value) {
        return new BigDecimal(Double.toString(value.orElseThrow()))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String format(String key, Object... arguments) {
        String pattern = TEMPLATES.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("Missing rule text '" + key + "' in rule-texts.properties");
        }
        return new MessageFormat(pattern, Messages.VIETNAMESE).format(arguments);
    }

    private static Properties templates() {
        Properties properties = new Properties();
        try (InputStream stream = RuleTexts.class.getResourceAsStream("rule-texts.properties")) {
            if (stream == null) {
                throw new IllegalStateException("rule-texts.properties is missing from the classpath");
            }
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
