package vn.danhgia.core.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import vn.danhgia.core.config.YamlErrors;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;
import vn.danhgia.core.i18n.Messages;

/** Reads rules.yaml into rule sets, naming the file and the field of anything wrong. */
final class RuleBookReader {
    static final Messages MESSAGES = Messages.of("vn.danhgia.core.rules.messages");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

    private final String source;

    private RuleBookReader(String source) {
        this.source = source;
    }

    static List<RuleSet> read(InputStream input, String source) {
        RuleBookReader reader = new RuleBookReader(source);
        RuleBookFile file;
        try {
            file = YAML.readValue(input, RuleBookFile.class);
        } catch (JsonProcessingException e) {
            Optional<JsonProcessingException> syntax = YamlErrors.syntaxError(e);
            if (syntax.isPresent()) {
                String reason = MESSAGES.format(
                        "rules.reason.syntax", YamlErrors.line(syntax.get()), YamlErrors.summary(syntax.get()));
                throw invalidFile(source, reason, e);
            }
            JsonMappingException mapping = (JsonMappingException) e;
            String reason = MESSAGES.format("rules.reason.value", YamlErrors.summary(mapping));
            throw reader.invalid(YamlErrors.path(mapping), reason, e);
        } catch (IOException e) {
            throw invalidFile(source, MESSAGES.format("rules.reason.unreadable", e.getMessage()), e);
        }
        if (file == null) {
            throw reader.invalid("periods", MESSAGES.format("rules.reason.missing"), null);
        }
        return reader.ruleSets(file);
    }

    private List<RuleSet> ruleSets(RuleBookFile file) {
        Deadlines deadlines = deadlines(required(file.deadlines(), "deadlines"));
        List<Exemption> exemptions = exemptions(required(file.exemptions(), "exemptions"), "exemptions");
        List<RuleBookFile.Period> periods = required(file.periods(), "periods");
        if (periods.isEmpty()) {
            throw invalid("periods", MESSAGES.format("rules.reason.missing"), null);
        }
        List<RuleSet> ruleSets = new ArrayList<>();
        for (int index = 0; index < periods.size(); index++) {
            String path = "periods[" + index + "]";
            RuleSet ruleSet = ruleSet(required(periods.get(index), path), path, exemptions, deadlines);
            if (!ruleSets.isEmpty()) {
                Years previous = ruleSets.get(ruleSets.size() - 1).years();
                if (previous.to().isEmpty()
                        || previous.to().getAsInt() + 1 != ruleSet.years().from()) {
                    throw invalid(
                            path + ".years.from",
                            MESSAGES.format(
                                    "rules.reason.gap",
                                    String.valueOf(ruleSet.years().from()),
                                    previous),
                            null);
                }
            }
            ruleSets.add(ruleSet);
        }
        return List.copyOf(ruleSets);
    }

    private RuleSet ruleSet(
            RuleBookFile.Period period, String path, List<Exemption> defaultExemptions, Deadlines deadlines) {
        return new RuleSet(
                years(required(period.years(), path + ".years"), path + ".years"),
                framework(required(period.framework(), path + ".framework"), path + ".framework"),
                quota(required(period.excellentQuota(), path + ".excellentQuota"), path + ".excellentQuota"),
                Optional.ofNullable(period.scoreBands()).map(bands -> scoreBands(bands, path + ".scoreBands")),
                Optional.ofNullable(period.discipline()).map(rule -> discipline(rule, path + ".discipline")),
                caps(Optional.ofNullable(period.caps()).orElse(List.of()), path + ".caps"),
                period.exemptions() == null ? defaultExemptions : exemptions(period.exemptions(), path + ".exemptions"),
                organization(
                        required(period.excellentOrganization(), path + ".excellentOrganization"),
                        path + ".excellentOrganization"),
                deadlines);
    }

    private Years years(RuleBookFile.YearRange years, String path) {
        int from = required(years.from(), path + ".from");
        if (years.to() != null && years.to() < from) {
            throw invalid(path + ".to", MESSAGES.format("rules.reason.years", String.valueOf(years.to())), null);
        }
        return new Years(from, years.to() == null ? OptionalInt.empty() : OptionalInt.of(years.to()));
    }

    private Framework framework(RuleBookFile.FrameworkText text, String path) {
        return new Framework(
                required(text.regulation(), path + ".regulation"),
                required(text.guidance(), path + ".guidance"),
                required(text.summary(), path + ".summary"));
    }

    private ExcellentQuota quota(RuleBookFile.Quota quota, String path) {
        double ratio = required(quota.ratio(), path + ".ratio");
        if (!(ratio > 0 && ratio <= 1)) {
            throw invalid(path + ".ratio", MESSAGES.format("rules.reason.share", String.valueOf(ratio)), null);
        }
        return new ExcellentQuota(
                ratio,
                required(quota.base(), path + ".base"),
                required(quota.scope(), path + ".scope"),
                required(quota.confirmed(), path + ".confirmed"));
    }

    private ScoreBands scoreBands(List<RuleBookFile.Band> bands, String path) {
        List<ScoreBand> result = new ArrayList<>();
        for (int index = 0; index < bands.size(); index++) {
            String bandPath = path + "[" + index + "]";
            RuleBookFile.Band band = required(bands.get(index), bandPath);
            result.add(new ScoreBand(
                    required(band.level(), bandPath + ".level"), optional(band.atLeast()), optional(band.below())));
        }
        try {
            return new ScoreBands(result);
        } catch (IllegalArgumentException e) {
            throw invalid(path, MESSAGES.format("rules.reason.bands"), e);
        }
    }

    private DisciplineRule discipline(RuleBookFile.Discipline rule, String path) {
        return new DisciplineRule(
                required(rule.maximum(), path + ".maximum"),
                required(rule.exceptSelfDetectedAndRemedied(), path + ".exceptSelfDetectedAndRemedied"),
                required(rule.description(), path + ".description"));
    }

    private List<Cap> caps(List<RuleBookFile.CapEntry> caps, String path) {
        List<Cap> result = new ArrayList<>();
        for (int index = 0; index < caps.size(); index++) {
            String capPath = path + "[" + index + "]";
            RuleBookFile.CapEntry cap = required(caps.get(index), capPath);
            result.add(new Cap(
                    required(cap.condition(), capPath + ".condition"),
                    required(cap.maximum(), capPath + ".maximum"),
                    required(cap.description(), capPath + ".description")));
        }
        return result;
    }

    private List<Exemption> exemptions(List<RuleBookFile.ExemptionEntry> exemptions, String path) {
        List<Exemption> result = new ArrayList<>();
        for (int index = 0; index < exemptions.size(); index++) {
            String entryPath = path + "[" + index + "]";
            RuleBookFile.ExemptionEntry entry = required(exemptions.get(index), entryPath);
            try {
                result.add(new Exemption(
                        required(entry.category(), entryPath + ".category"),
                        required(entry.status(), entryPath + ".status"),
                        required(entry.description(), entryPath + ".description")));
            } catch (IllegalArgumentException e) {
                throw invalid(entryPath + ".status", MESSAGES.format("rules.reason.rated"), e);
            }
        }
        return result;
    }

    private ExcellentOrganizationConditions organization(RuleBookFile.OrganizationConditions conditions, String path) {
        return new ExcellentOrganizationConditions(
                share(conditions.minShareMembersAtLeastCompleted(), path + ".minShareMembersAtLeastCompleted"),
                share(conditions.minShareMembersAtLeastGood(), path + ".minShareMembersAtLeastGood"),
                Boolean.TRUE.equals(conditions.noDisciplinedSubUnitOrLeadership()),
                share(
                        conditions.notCompletedWhenShareSubUnitsDisciplinedAbove(),
                        path + ".notCompletedWhenShareSubUnitsDisciplinedAbove"),
                share(conditions.minShareTasksOnTime(), path + ".minShareTasksOnTime"),
                share(conditions.minShareTasksExceeded(), path + ".minShareTasksExceeded"),
                share(conditions.minShareShortcomingsRemedied(), path + ".minShareShortcomingsRemedied"));
    }

    private Deadlines deadlines(RuleBookFile.DeadlineDefaults deadlines) {
        Map<Integer, DeadlineOverride> overrides = new HashMap<>();
        Optional.ofNullable(deadlines.overrides()).orElse(Map.of()).forEach((year, dates) -> {
            RuleBookFile.YearDeadlines given = required(dates, "deadlines.overrides." + year);
            overrides.put(
                    year,
                    new DeadlineOverride(
                            Optional.ofNullable(given.reviewDoneBy()), Optional.ofNullable(given.reportSentBy())));
        });
        return new Deadlines(
                dayMonth(deadlines.reviewDoneBy(), "deadlines.reviewDoneBy"),
                dayMonth(deadlines.reportSentBy(), "deadlines.reportSentBy"),
                overrides);
    }

    private MonthDay dayMonth(String text, String path) {
        try {
            return MonthDay.parse(required(text, path).strip(), DAY_MONTH);
        } catch (DateTimeParseException e) {
            throw invalid(path, MESSAGES.format("rules.reason.dayMonth", text), e);
        }
    }

    private OptionalDouble share(Double value, String path) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw invalid(path, MESSAGES.format("rules.reason.share", String.valueOf(value)), null);
        }
        return optional(value);
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private <T> T required(T value, String path) {
        if (value == null) {
            throw invalid(path, MESSAGES.format("rules.reason.missing"), null);
        }
        return value;
    }

    /** An error of the whole file (unreadable, bad syntax), where no field can be named. */
    static DanhgiaException invalidFile(String source, String reason, Throwable cause) {
        return new DanhgiaException(
                ErrorCode.INVALID_RULE_SET,
                MESSAGES.format("rules.invalidFile", source, reason),
                SourceLocation.ofFile(source),
                cause);
    }

    private DanhgiaException invalid(String field, String reason, Throwable cause) {
        return new DanhgiaException(
                ErrorCode.INVALID_RULE_SET,
                MESSAGES.format("rules.invalid", source, field, reason),
                SourceLocation.ofFile(source),
                cause);
    }
}
