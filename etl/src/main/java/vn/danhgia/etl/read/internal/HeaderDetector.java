package vn.danhgia.etl.read.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.read.MappingProfile;
import vn.danhgia.etl.read.MappingProfiles;

/**
 * Finds the header of a sheet among its top rows and with it the kind of the file: every row (alone, or
 * with the row below as a sub-header) is mapped against every kind's synonyms, and the mapping with the
 * most fields that satisfies a kind's requirements wins (ties: the earlier row, then the earlier kind).
 */
public final class HeaderDetector {
    private static final String FULL_NAME = "full_name";
    private static final String SELF_LEVEL = "self_level";
    private static final String PROPOSED_LEVEL = "proposed_level";
    private static final String FINAL_LEVEL = "final_level";
    private static final Set<String> LEVEL_FIELDS = Set.of(SELF_LEVEL, PROPOSED_LEVEL, FINAL_LEVEL);
    private static final Pattern NUMBERING_CELL = Pattern.compile("\\(?\\s*(\\d{1,2}|[A-Za-z])\\s*\\)?");
    private static final int MIN_FIELDS = 2;
    private static final int MIN_MARK_COLUMNS = 2;
    /** A level's count field is this and its code: 'count_htnv'. */
    private static final String COUNT_PREFIX = "count_";

    private final SynonymTable synonyms;
    private final HeaderMeaning meaning;
    private final MappingProfiles profiles;

    public HeaderDetector(SynonymTable synonyms) {
        this(synonyms, HeaderMeaning.defaults(), MappingProfiles.none());
    }

    public HeaderDetector(SynonymTable synonyms, HeaderMeaning meaning, MappingProfiles profiles) {
        this.synonyms = synonyms;
        this.meaning = meaning;
        this.profiles = profiles;
    }

    /**
     * The best header among the top rows of one sheet, if any row looks like one. A row whose cells are
     * those of a saved mapping profile is the header, bound as the profile says.
     */
    public Optional<HeaderLayout> detect(List<TableRow> head) {
        for (TableRow row : head) {
            if (row.filledCount() < MIN_FIELDS || row.hasTypedCell()) {
                continue;
            }
            Optional<MappingProfile> profile = profiles.matching(cells(row));
            if (profile.isPresent()) {
                Optional<HeaderLayout> layout =
                        withProfile(profile.get().name(), profile.get().kind(), profile.get()::fieldOf, row);
                if (layout.isPresent()) {
                    return Optional.of(withNumbering(layout.get(), head));
                }
            }
        }
        HeaderLayout best = null;
        int bestScore = 0;
        int bestSynonyms = 0;
        // A row that is the sub-header of an accepted two-row header is not a header of its own (a row of
        // level names under 'Chi bộ xếp loại' would otherwise read as a summary's count columns).
        java.util.Set<Integer> subHeaderRows = new java.util.HashSet<>();
        for (int index = 0; index < head.size(); index++) {
            TableRow top = head.get(index);
            if (top.filledCount() < MIN_FIELDS || top.hasTypedCell() || subHeaderRows.contains(top.number())) {
                continue;
            }
            TableRow sub = index + 1 < head.size() ? head.get(index + 1) : null;
            // the first group row under a header ('I. CHI BỘ PHÒNG 1') opens the data, it is no sub-header
            boolean subUsable = sub != null
                    && sub.number() == top.number() + 1
                    && !sub.hasTypedCell()
                    && !isNumberingRow(sub)
                    && !SheetReader.isGroupRow(sub, synonyms);
            for (KindRules rules : synonyms.kinds()) {
                Mapping single = map(rules, top, null);
                Mapping chosen = single;
                int depth = 1;
                if (subUsable) {
                    Mapping pair = map(rules, top, sub);
                    boolean known = pair.subRecognized() > 0
                            && pair.fields().size() >= single.fields().size();
                    boolean meant = pair.subByMeaning() > 0
                            && pair.fields().size() > single.fields().size();
                    // the two rows must name more than the lower one alone: else the top row is a title
                    // line (in two cells, say) and the lower row is the header
                    boolean adds = pair.fields().size()
                            > map(rules, sub, null).fields().size();
                    if ((known || meant) && adds && rules.accepts(pair.fields())) {
                        chosen = pair;
                        depth = 2;
                    }
                }
                int score = chosen.fields().size();
                int bySynonym = chosen.synonymFields();
                boolean better = score > bestScore || (score == bestScore && bySynonym > bestSynonyms);
                if (score >= MIN_FIELDS && better && rules.accepts(chosen.fields())) {
                    // the sub-header of the best header so far is no header of its own; but a top row that
                    // is no header by itself (a title line split in two cells) does not take it: that row
                    // may be the header, with its own sub-header
                    if (depth == 2 && single.fields().size() >= MIN_FIELDS) {
                        subHeaderRows.add(sub.number());
                    }
                    bestScore = score;
                    bestSynonyms = bySynonym;
                    best = new HeaderLayout(
                            rules, top.number(), depth, chosen.bindings(), chosen.countShares(), 0, Optional.empty());
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(withNumbering(best, head));
    }

    /**
     * What came closest to a header when none was recognized: the row, its cells, the kind it resembles
     * most, the fields bound (column → field), and the fields one of the kind's requirements still misses.
     */
    public record Attempt(
            int row, List<String> cells, KindRules rules, List<ColumnBinding> bound, List<String> missing) {
        public Attempt {
            cells = List.copyOf(cells);
            bound = List.copyOf(bound);
            missing = List.copyOf(missing);
        }
    }

    /**
     * The closest attempt among the top rows: the row and kind binding the most fields (ties: the earlier
     * row, then the earlier kind), or, when nothing binds, the first row with the most text cells.
     */
    public Optional<Attempt> closest(List<TableRow> head) {
        Attempt best = null;
        int bestFields = -1;
        int bestCells = 0;
        for (TableRow row : head) {
            if (row.filledCount() < MIN_FIELDS || row.hasTypedCell()) {
                continue;
            }
            for (KindRules rules : synonyms.kinds()) {
                Mapping mapping = map(rules, row, null);
                int fields = mapping.fields().size();
                boolean better =
                        fields > bestFields || (fields == bestFields && fields == 0 && row.filledCount() > bestCells);
                if (better) {
                    bestFields = fields;
                    bestCells = row.filledCount();
                    best = new Attempt(
                            row.number(), cells(row), rules, mapping.bindings(), missing(rules, mapping.fields()));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> cells(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.width(); column++) {
            if (!row.value(column).isEmpty()) {
                cells.add(row.value(column));
            }
        }
        return cells;
    }

    /** The fields of the requirement closest to met (fewest missing; ties: the first listed). */
    private static List<String> missing(KindRules rules, Set<String> bound) {
        List<String> fewest = null;
        for (Set<String> alternative : rules.requiredAlternatives()) {
            List<String> missing = rules.fields().stream()
                    .filter(field -> alternative.contains(field) && !bound.contains(field))
                    .toList();
            if (fewest == null || missing.size() < fewest.size()) {
                fewest = missing;
            }
        }
        return fewest == null ? List.of() : fewest;
    }

    /**
     * A header row bound by a mapping (header cell → field) for a kind: the mapped columns as mapped, the
     * others as the synonyms and their meaning bind them to the fields left.
     */
    public Optional<HeaderLayout> withProfile(
            String name, InputKind kind, java.util.function.Function<String, Optional<String>> fieldOf, TableRow row) {
        Optional<KindRules> found =
                synonyms.kinds().stream().filter(rules -> rules.kind() == kind).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        KindRules rules = found.get();
        List<ColumnBinding> mapped = new ArrayList<>();
        for (int column = 0; column < row.width(); column++) {
            String text = row.value(column);
            if (!text.isEmpty()) {
                int index = column;
                fieldOf.apply(text)
                        .ifPresent(field -> mapped.add(new ColumnBinding(
                                index, field, text, Optional.empty(), ColumnBinding.Source.PROFILE, 1.0)));
            }
        }
        Set<Integer> mappedColumns = new java.util.HashSet<>();
        Set<String> mappedFields = new java.util.HashSet<>();
        mapped.forEach(binding -> {
            mappedColumns.add(binding.column());
            mappedFields.add(binding.field());
        });
        List<ColumnBinding> bindings = new ArrayList<>(mapped);
        for (ColumnBinding binding : map(rules, row, null).bindings()) {
            if (!mappedColumns.contains(binding.column()) && !mappedFields.contains(binding.field())) {
                bindings.add(binding);
            }
        }
        bindings.sort(java.util.Comparator.comparingInt(ColumnBinding::column));
        return Optional.of(new HeaderLayout(rules, row.number(), 1, bindings, false, 0, Optional.of(name)));
    }

    /**
     * The kind a header row is of once mapped so: among the kinds having every mapped field, the one whose
     * requirements the bound fields meet with the most fields (ties: the earlier kind).
     */
    public Optional<InputKind> kindOf(TableRow row, java.util.Map<String, String> columns) {
        InputKind best = null;
        int bestFields = -1;
        for (KindRules rules : synonyms.kinds()) {
            if (!rules.fields().containsAll(columns.values())) {
                continue;
            }
            java.util.function.Function<String, Optional<String>> fieldOf = cell -> columns.entrySet().stream()
                    .filter(entry -> HeaderText.key(entry.getKey()).equals(HeaderText.key(cell)))
                    .map(java.util.Map.Entry::getValue)
                    .findFirst();
            HeaderLayout layout = withProfile("-", rules.kind(), fieldOf, row).orElseThrow();
            if (rules.accepts(layout.fields()) && layout.fields().size() > bestFields) {
                best = rules.kind();
                bestFields = layout.fields().size();
            }
        }
        return Optional.ofNullable(best);
    }

    private HeaderLayout withNumbering(HeaderLayout layout, List<TableRow> head) {
        for (TableRow row : head) {
            if (row.number() > layout.lastRow()) {
                return isNumberingRow(row) ? layout.withNumberingRow(row.number()) : layout;
            }
        }
        return layout;
    }

    /** A row like '(1) (2) (3) ...' or '1 2 3 ...' or 'A B C': at least three cells, increasing. */
    public static boolean isNumberingRow(TableRow row) {
        if (row.filledCount() < 3) {
            return false;
        }
        int previous = -1;
        for (int column = 0; column < row.width(); column++) {
            String value = row.value(column);
            if (value.isEmpty()) {
                continue;
            }
            var matcher = NUMBERING_CELL.matcher(value);
            if (!matcher.matches()) {
                return false;
            }
            String token = matcher.group(1);
            int ordinal = Character.isDigit(token.charAt(0))
                    ? Integer.parseInt(token)
                    : Character.toUpperCase(token.charAt(0)) - 'A' + 1;
            if (ordinal <= previous) {
                return false;
            }
            previous = ordinal;
        }
        return true;
    }

    /**
     * A mapping of one header row (and sub-header): {@code subRecognized} counts sub-header cells the synonyms
     * know, {@code subByMeaning} those read by meaning (a sub-header of those only must add fields, or it is
     * more likely the first data row).
     */
    private record Mapping(
            List<ColumnBinding> bindings,
            Set<String> fields,
            int subRecognized,
            int subByMeaning,
            boolean countShares) {
        int synonymFields() {
            return (int) bindings.stream()
                    .filter(binding -> binding.source() == ColumnBinding.Source.SYNONYM)
                    .map(ColumnBinding::field)
                    .distinct()
                    .count();
        }
    }

    /**
     * Maps the columns of a header row (and of its sub-header row, when given) to the fields of one kind.
     * Under a group title spanning several columns (merged cells leave all but the first empty), the
     * sub-header names the field; level names under a level field are mark columns; 'SL'/'%' under a level
     * name are its count and (dropped) share. Columns the synonyms leave unbound are then read by their
     * meaning ({@link HeaderMeaning}) against the fields still unbound.
     */
    private Mapping map(KindRules rules, TableRow top, TableRow sub) {
        List<ColumnBinding> bindings = new ArrayList<>();
        Set<String> bound = new LinkedHashSet<>();
        Map<String, Integer> marksPerField = new HashMap<>();
        int recognized = 0;
        int subByMeaning = 0;
        boolean shares = false;
        String group = "";
        int width = Math.max(top.width(), sub == null ? 0 : sub.width());
        Map<Integer, String> unbound = new java.util.TreeMap<>();
        Set<Integer> unboundUnderSub = new java.util.HashSet<>();
        // the group title over each sub-header column, to find a mark column whose level name is not read
        Map<Integer, String> groupOf = new HashMap<>();
        // each column's own header: its sub-header cell, else its top cell
        Map<Integer, String> ownText = new HashMap<>();
        for (int column = 0; column < width; column++) {
            String topText = top.value(column);
            String subText = sub == null ? "" : sub.value(column);
            ownText.put(column, subText.isEmpty() ? topText : subText);
            if (!topText.isEmpty()) {
                group = topText;
            } else if (subText.isEmpty()) {
                group = "";
            }
            String parent = topText.isEmpty() ? group : topText;
            boolean carried = topText.isEmpty();
            String parentKey = HeaderText.key(parent);
            Optional<String> field = Optional.empty();
            Optional<String> markLevel = Optional.empty();
            String header = parent;
            if (!subText.isEmpty()) {
                String subKey = HeaderText.key(subText);
                groupOf.put(column, parentKey);
                Optional<String> parentField = rules.fieldFor(parentKey);
                if (parentField.isEmpty() && synonyms.isLevelHeader(subKey)) {
                    parentField = levelFieldByMeaning(rules, parent);
                }
                Optional<String> countField =
                        synonyms.levelCountField(parentKey).filter(rules::hasField);
                if (synonyms.isCountHeader(subKey) && countField.isPresent()) {
                    field = countField;
                    recognized++;
                } else if (synonyms.isShareHeader(subKey) && synonyms.isLevelHeader(parentKey)) {
                    shares = true;
                    recognized++;
                    continue;
                } else if (synonyms.isLevelHeader(subKey)
                        && parentField.filter(LEVEL_FIELDS::contains).isPresent()) {
                    field = parentField;
                    markLevel = Optional.of(subText);
                    header = parent + " / " + subText;
                    recognized++;
                } else if (rules.fieldFor(subKey).isPresent()) {
                    field = rules.fieldFor(subKey);
                    header = subText;
                    recognized++;
                } else if (rules.fieldFor(HeaderText.key(parent + " " + subText))
                        .isPresent()) {
                    field = rules.fieldFor(HeaderText.key(parent + " " + subText));
                    header = parent + " " + subText;
                    recognized++;
                } else if (!carried) {
                    field = parentField;
                }
                // level names under a group are marks or counts, which only the synonyms read
                if (field.isEmpty() && !synonyms.isLevelHeader(subKey)) {
                    unbound.put(column, parent + " " + subText);
                    unboundUnderSub.add(column);
                }
            } else if (!topText.isEmpty()) {
                String topKey = HeaderText.key(topText);
                field = rules.fieldFor(topKey);
                if (field.isEmpty()) {
                    field = synonyms.levelCountField(topKey).filter(rules::hasField);
                }
                if (field.isEmpty() && synonyms.isLevelHeader(topKey) && rules.hasField("final_level")) {
                    field = Optional.of("final_level");
                    markLevel = Optional.of(topText);
                }
                if (field.isEmpty() && !synonyms.isLevelHeader(topKey)) {
                    unbound.put(column, topText);
                }
            }
            if (field.isEmpty()) {
                continue;
            }
            String name = field.get();
            if (markLevel.isPresent()) {
                if (bound.contains(name) && !marksPerField.containsKey(name)) {
                    continue;
                }
                marksPerField.merge(name, 1, Integer::sum);
            } else if (bound.contains(name)) {
                continue;
            }
            bound.add(name);
            bindings.add(new ColumnBinding(column, name, header, markLevel));
        }
        dropLoneMarks(bindings, bound, marksPerField);
        completeMarkGroups(bindings, unbound, groupOf);
        splitName(rules, bindings, bound, unbound, ownText, width);
        List<String> open =
                rules.fields().stream().filter(name -> !bound.contains(name)).toList();
        for (HeaderMeaning.Match match : meaning.assign(unbound, open)) {
            String header = unbound.get(match.column());
            bindings.add(new ColumnBinding(
                    match.column(),
                    match.field(),
                    header,
                    Optional.empty(),
                    ColumnBinding.Source.MEANING,
                    match.score()));
            bound.add(match.field());
            if (unboundUnderSub.contains(match.column())
                    && meaning.score(sub.value(match.column()), match.field()) >= meaning.floor()) {
                subByMeaning++;
            }
        }
        middleLevel(rules, bindings, bound, unbound);
        bindings.sort(java.util.Comparator.comparingInt(ColumnBinding::column));
        return new Mapping(bindings, bound, recognized, subByMeaning, shares);
    }

    /**
     * A name in two columns side by side, the family and middle names then the given name ('Họ đệm' | 'Tên',
     * under 'Họ và tên' or not): both columns fill the full name, which the rows read joined by a space.
     */
    private void splitName(
            KindRules rules,
            List<ColumnBinding> bindings,
            Set<String> bound,
            Map<Integer, String> unbound,
            Map<Integer, String> ownText,
            int width) {
        if (!rules.hasField(FULL_NAME)) {
            return;
        }
        for (int column = 0; column + 1 < width; column++) {
            String family = ownText.getOrDefault(column, "");
            String given = ownText.getOrDefault(column + 1, "");
            if (!meaning.isFamilyName(family) || !meaning.isGivenName(given)) {
                continue;
            }
            int first = column;
            boolean elsewhere = bindings.stream()
                    .anyMatch(binding -> binding.field().equals(FULL_NAME)
                            && binding.column() != first
                            && binding.column() != first + 1);
            boolean taken = bindings.stream()
                    .anyMatch(binding -> !binding.field().equals(FULL_NAME)
                            && (binding.column() == first || binding.column() == first + 1));
            if (elsewhere || taken) {
                return;
            }
            bindings.removeIf(binding -> binding.field().equals(FULL_NAME));
            for (int part = first; part <= first + 1; part++) {
                bindings.add(new ColumnBinding(
                        part, FULL_NAME, ownText.get(part), Optional.empty(), ColumnBinding.Source.MEANING, 1.0));
                unbound.remove(part);
            }
            bound.add(FULL_NAME);
            return;
        }
    }

    /**
     * The proposal between the self-assessment and the decision: a member list reads left to right as the
     * member's own level, the cell's proposal, the committee's decision. When the first and the last are
     * bound, the one column between them that leans towards the proposal (a positive score, though under the
     * floor: 'Mức phân loại của chi bộ') and towards nothing better is the proposal.
     */
    private void middleLevel(
            KindRules rules, List<ColumnBinding> bindings, Set<String> bound, Map<Integer, String> unbound) {
        if (!rules.hasField(PROPOSED_LEVEL) || bound.contains(PROPOSED_LEVEL)) {
            return;
        }
        Optional<ColumnBinding> self = plainBinding(bindings, SELF_LEVEL);
        Optional<ColumnBinding> decision = plainBinding(bindings, FINAL_LEVEL);
        if (self.isEmpty()
                || decision.isEmpty()
                || self.get().column() >= decision.get().column()) {
            return;
        }
        List<String> open =
                rules.fields().stream().filter(field -> !bound.contains(field)).toList();
        Set<Integer> taken = new java.util.HashSet<>();
        bindings.forEach(binding -> taken.add(binding.column()));
        List<Map.Entry<Integer, Double>> leaning = new ArrayList<>();
        unbound.forEach((column, header) -> {
            if (!taken.contains(column)
                    && column > self.get().column()
                    && column < decision.get().column()) {
                Map<String, Double> scores = meaning.scores(header, open);
                double proposal = scores.getOrDefault(PROPOSED_LEVEL, 0.0);
                boolean best = scores.values().stream().allMatch(score -> score <= proposal);
                if (proposal > 0 && best) {
                    leaning.add(Map.entry(column, proposal));
                }
            }
        });
        if (leaning.size() == 1) {
            int column = leaning.get(0).getKey();
            bindings.add(new ColumnBinding(
                    column,
                    PROPOSED_LEVEL,
                    unbound.get(column),
                    Optional.empty(),
                    ColumnBinding.Source.MEANING,
                    leaning.get(0).getValue()));
            bound.add(PROPOSED_LEVEL);
            unbound.remove(column);
        }
    }

    private static Optional<ColumnBinding> plainBinding(List<ColumnBinding> bindings, String field) {
        return bindings.stream()
                .filter(binding -> binding.field().equals(field) && !binding.isMark())
                .findFirst();
    }

    /**
     * The level field a group title over level names means ('Chi bộ xếp loại (đánh dấu x)', 'Mức chi bộ
     * xếp loại'): the kind's level field it scores best for, at or above the floor (ties: the form's order).
     */
    private Optional<String> levelFieldByMeaning(KindRules rules, String title) {
        List<String> levelFields =
                rules.kind().fields().stream().filter(LEVEL_FIELDS::contains).toList();
        return meaning.assign(Map.of(0, title), levelFields).stream()
                .findFirst()
                .map(HeaderMeaning.Match::field);
    }

    /**
     * A mark group that names all levels but one, beside one column under the same title whose name no
     * level spelling reads ('HT' between 'HTT' and 'KHT': 'hoàn thành' alone could be any level), has that
     * column for the missing level. The column is bound with the level's code, so the rows read it as such.
     */
    private void completeMarkGroups(
            List<ColumnBinding> bindings, Map<Integer, String> unbound, Map<Integer, String> groupOf) {
        Map<String, List<ColumnBinding>> marksByField = new java.util.LinkedHashMap<>();
        bindings.stream().filter(ColumnBinding::isMark).forEach(binding -> marksByField
                .computeIfAbsent(binding.field(), field -> new ArrayList<>())
                .add(binding));
        List<ColumnBinding> added = new ArrayList<>();
        marksByField.forEach((field, marks) -> {
            Set<RatingLevel> missing = java.util.EnumSet.allOf(RatingLevel.class);
            for (ColumnBinding mark : marks) {
                markLevelOf(mark).ifPresent(missing::remove);
            }
            String group = groupOf.get(marks.get(0).column());
            int first = marks.get(0).column();
            int last = marks.get(marks.size() - 1).column();
            boolean oneGroup =
                    group != null && marks.stream().allMatch(mark -> group.equals(groupOf.get(mark.column())));
            List<Integer> candidates = unbound.keySet().stream()
                    .filter(column -> column >= first - 1 && column <= last + 1)
                    .filter(column -> group != null && group.equals(groupOf.get(column)))
                    .toList();
            if (oneGroup && missing.size() == 1 && candidates.size() == 1) {
                int column = candidates.get(0);
                added.add(new ColumnBinding(
                        column,
                        field,
                        unbound.get(column),
                        Optional.of(missing.iterator().next().code())));
                unbound.remove(column);
            }
        });
        bindings.addAll(added);
    }

    private Optional<RatingLevel> markLevelOf(ColumnBinding mark) {
        return synonyms.levelCountField(HeaderText.key(mark.markLevel().orElse("")))
                .flatMap(countField -> RatingLevel.fromCode(countField.substring(COUNT_PREFIX.length())));
    }

    /** One level-named column is not a mark group: it is more likely a mislabeled text column. */
    private static void dropLoneMarks(
            List<ColumnBinding> bindings, Set<String> bound, Map<String, Integer> marksPerField) {
        marksPerField.forEach((field, count) -> {
            if (count < MIN_MARK_COLUMNS) {
                bindings.removeIf(binding -> binding.field().equals(field));
                bound.remove(field);
            }
        });
    }
}
