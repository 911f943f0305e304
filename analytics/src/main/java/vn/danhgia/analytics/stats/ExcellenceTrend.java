package vn.danhgia.analytics.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rise of an organization's excellent share over consecutive years, set against its task results.
 *
 * <p>For each organization and year, the run is the longest stretch of consecutive years ending that
 * year in which the excellent share rose every year by at least {@code minimumRise}. Over the run, a
 * Cochran–Armitage trend test gives the slope of the share per year with a one-sided lower confidence
 * bound; the same test over the run's task results (targets met of targets set) says whether results
 * improved. A step rule first, then a test, because a single jump (a lenient year after flat ones) is
 * a leniency outlier, not a trend: every year of an inflation trend must rise.
 */
public final class ExcellenceTrend {
    private ExcellenceTrend() {}

    /** One organization-year's count: trials and successes (rated/excellent, or targets set/met). */
    public record YearCount(String organizationCode, int year, long total, long hits) {
        public YearCount {
            Objects.requireNonNull(organizationCode, "organizationCode");
            if (total <= 0 || hits < 0 || hits > total) {
                throw new IllegalArgumentException(organizationCode + " " + year + ": " + hits + " of " + total);
            }
        }

        double share() {
            return (double) hits / total;
        }
    }

    /**
     * The run ending in {@code year} (at least two years): its first year, length, the smallest yearly
     * rise, the excellent-share trend, the shares of its first and last year, and the task trend over the
     * same years when every year of the run has task results.
     */
    public record Run(
            String organizationCode,
            int year,
            int firstYear,
            int years,
            double minimumRise,
            double firstShare,
            double lastShare,
            CochranArmitage.Trend trend,
            Optional<CochranArmitage.Trend> taskTrend) {
        public Run {
            Objects.requireNonNull(organizationCode, "organizationCode");
            Objects.requireNonNull(trend, "trend");
            Objects.requireNonNull(taskTrend, "taskTrend");
        }
    }

    public static List<Run> compute(
            List<YearCount> excellent, List<YearCount> tasks, double minimumRise, double confidence) {
        Map<String, List<YearCount>> byOrganization = byOrganization(excellent);
        Map<String, YearCount> taskByKey = new LinkedHashMap<>();
        tasks.forEach(task -> taskByKey.put(key(task.organizationCode(), task.year()), task));
        List<Run> runs = new ArrayList<>();
        for (List<YearCount> series : byOrganization.values()) {
            int start = 0;
            for (int end = 1; end < series.size(); end++) {
                YearCount previous = series.get(end - 1);
                YearCount current = series.get(end);
                boolean rises = current.year() == previous.year() + 1
                        && current.share() - previous.share() >= minimumRise - 1e-12;
                if (!rises) {
                    start = end;
                    continue;
                }
                runs.add(run(series.subList(start, end + 1), taskByKey, confidence));
            }
        }
        return List.copyOf(runs);
    }

    private static Run run(List<YearCount> window, Map<String, YearCount> taskByKey, double confidence) {
        List<CochranArmitage.Point> points = new ArrayList<>();
        List<CochranArmitage.Point> taskPoints = new ArrayList<>();
        double minimumRise = Double.MAX_VALUE;
        for (int i = 0; i < window.size(); i++) {
            YearCount count = window.get(i);
            points.add(new CochranArmitage.Point(count.year(), count.total(), count.hits()));
            if (i > 0) {
                minimumRise =
                        Math.min(minimumRise, count.share() - window.get(i - 1).share());
            }
            YearCount task = taskByKey.get(key(count.organizationCode(), count.year()));
            if (task != null) {
                taskPoints.add(new CochranArmitage.Point(task.year(), task.total(), task.hits()));
            }
        }
        YearCount first = window.get(0);
        YearCount last = window.get(window.size() - 1);
        boolean tasksComplete = taskPoints.size() == window.size();
        return new Run(
                last.organizationCode(),
                last.year(),
                first.year(),
                window.size(),
                minimumRise,
                first.share(),
                last.share(),
                CochranArmitage.test(points, confidence),
                tasksComplete ? Optional.of(CochranArmitage.test(taskPoints, confidence)) : Optional.empty());
    }

    private static Map<String, List<YearCount>> byOrganization(List<YearCount> counts) {
        Map<String, List<YearCount>> byOrganization = new LinkedHashMap<>();
        counts.stream()
                .sorted(Comparator.comparing(YearCount::organizationCode).thenComparingInt(YearCount::year))
                .forEach(count -> byOrganization
                        .computeIfAbsent(count.organizationCode(), code -> new ArrayList<>())
                        .add(count));
        return byOrganization;
    }

    private static String key(String organizationCode, int year) {
        return organizationCode + "\u0000" + year;
    }
}
