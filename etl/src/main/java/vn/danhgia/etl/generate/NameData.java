package vn.danhgia.etl.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Weighted word lists read from the generator's data files (sections in [brackets]). */
final class NameData {
    private final Map<String, List<String>> words = new LinkedHashMap<>();
    private final Map<String, List<Integer>> weights = new LinkedHashMap<>();

    static NameData load(String resource) {
        NameData data = new NameData();
        try (InputStream in = NameData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing generator resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[")) {
                    section = text.substring(1, text.length() - 1);
                    continue;
                }
                int weight = 1;
                int space = text.indexOf(' ');
                if (space > 0 && text.substring(0, space).chars().allMatch(Character::isDigit)) {
                    weight = Integer.parseInt(text.substring(0, space));
                    text = text.substring(space + 1);
                }
                data.words.computeIfAbsent(section, key -> new ArrayList<>()).add(text);
                data.weights.computeIfAbsent(section, key -> new ArrayList<>()).add(weight);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    List<String> section(String name) {
        return words.getOrDefault(name, List.of());
    }

    String pick(String section, SplittableRandom random) {
        List<String> list = words.get(section);
        List<Integer> weight = weights.get(section);
        int total = weight.stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (int i = 0; i < list.size(); i++) {
            draw -= weight.get(i);
            if (draw < 0) {
                return list.get(i);
            }
        }
        return list.get(list.size() - 1);
    }

    static final NameData PEOPLE = load("/vn/danhgia/etl/generate/names.txt");
    static final NameData PLACES = load("/vn/danhgia/etl/generate/places.txt");
    static final NameData SPELLINGS = load("/vn/danhgia/etl/generate/level-spellings.txt");

    static String personName(boolean male, SplittableRandom random) {
        return PEOPLE.pick("family", random)
                + " "
                + PEOPLE.pick(male ? "middle-male" : "middle-female", random)
                + " "
                + PEOPLE.pick(male ? "given-male" : "given-female", random);
    }
}
