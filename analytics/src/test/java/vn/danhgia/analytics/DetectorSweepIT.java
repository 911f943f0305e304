package vn.danhgia.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detectors against the generator's truth on more seeds than {@link DetectorAccuracyIT}: each seed is a
 * district generated, loaded and analyzed (about a minute and a half each on two cores), so it is tagged
 * slow and left out of the default verify. Run it with
 * {@code ./mvnw -q -B -pl etl,analytics -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=DetectorSweepIT -Dit.excludedGroups= -Dfailsafe.failIfNoSpecifiedTests=false}; other seeds
 * with {@code -Ddetector.sweep.seeds=1,2,3}, kept for a look with {@code -Ddetector.sweep.keep=FOLDER}, of the
 * standard variety with {@code -Ddetector.sweep.variety=standard} (the sweep's districts are of the wide one).
 * Rule detectors must reach precision and recall 1.0 on every seed, statistical ones 0.90.
 */
@Tag("slow")
class DetectorSweepIT {
    static final String SEEDS = "11,16,17,23,42,45,49,2024,31337";
    /** The districts' variety: 'wide' (the default) words a share of member lists beyond the synonyms. */
    static final String VARIETY = System.getProperty("detector.sweep.variety", "wide");

    @TempDir
    Path temp;

    @Test
    void everyDetectorMatchesTheTruthOnEverySweptSeed() throws Exception {
        long[] seeds = Arrays.stream(
                        System.getProperty("detector.sweep.seeds", SEEDS).split(","))
                .map(String::trim)
                .filter(seed -> !seed.isEmpty())
                .mapToLong(Long::parseLong)
                .toArray();
        List<DetectorAccuracy.Score> scores = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(DetectorAccuracy.header());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (long seed : seeds) {
            long start = System.nanoTime();
            String keep = System.getProperty("detector.sweep.keep", "");
            Path folder = (keep.isEmpty() ? temp : Path.of(keep)).resolve("seed-" + seed);
            DetectorAccuracy.Run run = DetectorAccuracy.prepare(seed, VARIETY, folder);
            int before = scores.size();
            DetectorAccuracy.compare(run, scores, failures);
            scores.subList(before, scores.size()).forEach(score -> table.append(score.row()));
            out.printf(Locale.ROOT, "seed %d: %.0f s%n", seed, (System.nanoTime() - start) / 1e9);
            if (!keep.isEmpty()) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        out.print(table);
        failures.forEach(out::println);
        assertThat(failures).as(table.toString()).isEmpty();
    }
}
