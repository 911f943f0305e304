package vn.danhgia.core.unit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.danhgia.core.text.VietnameseText;

/**
 * One section of {@code unit-types.yaml}: for each constant of an enum (keyed by its code) a Vietnamese
 * name and the spellings registries and reports use. Lookups compare folded text, so case, diacritics,
 * Unicode form and extra spaces do not matter. The code and the name are accepted as spellings too.
 */
final class SpellingTable<E extends Enum<E>> {
    private final Map<String, E> byFoldedSpelling;
    private final Map<E, String> names;

    private SpellingTable(Map<String, E> byFoldedSpelling, Map<E, String> names) {
        this.byFoldedSpelling = Map.copyOf(byFoldedSpelling);
        this.names = Map.copyOf(names);
    }

    static <E extends Enum<E>> SpellingTable<E> load(String fileName, String section, Class<E> type) {
        JsonNode entries = UnitData.read(fileName).get(section);
        String where = fileName + " > " + section;
        if (entries == null || !entries.isObject()) {
            throw new IllegalStateException("Missing section " + where);
        }
        Map<String, E> byFolded = new HashMap<>();
        Map<E, String> names = new EnumMap<>(type);
        for (Map.Entry<String, JsonNode> entry : entries.properties()) {
            E value = Enum.valueOf(type, entry.getKey().toUpperCase(Locale.ROOT));
            String name = entry.getValue().path("name").asText("");
            if (name.isBlank()) {
                throw new IllegalStateException("Missing name for " + entry.getKey() + " in " + where);
            }
            names.put(value, VietnameseText.clean(name));
            Stream.concat(
                            Stream.of(entry.getKey(), name),
                            UnitData.texts(entry.getValue().get("spellings"), where + " > " + entry.getKey()).stream())
                    .forEach(spelling -> register(byFolded, VietnameseText.fold(spelling), value, where));
        }
        for (E value : type.getEnumConstants()) {
            if (!names.containsKey(value)) {
                throw new IllegalStateException("No entry for " + value + " in " + where);
            }
        }
        return new SpellingTable<>(byFolded, names);
    }

    private static <E> void register(Map<String, E> byFolded, String folded, E value, String where) {
        E previous = byFolded.putIfAbsent(folded, value);
        if (previous != null && previous != value) {
            throw new IllegalStateException(
                    "Spelling '" + folded + "' means both " + previous + " and " + value + " in " + where);
        }
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(byFoldedSpelling.get(VietnameseText.fold(text)));
    }

    String name(E value) {
        return names.get(value);
    }

    /** The names of all constants, in declaration order, for "use one of: ..." messages. */
    String choices(Class<E> type) {
        return Stream.of(type.getEnumConstants()).map(names::get).collect(Collectors.joining(", "));
    }

    /** Every folded spelling with its value, for writing the spelling table to the warehouse. */
    Map<String, E> all() {
        return byFoldedSpelling;
    }
}
