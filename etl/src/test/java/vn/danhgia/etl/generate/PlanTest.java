package vn.danhgia.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Where the statistical plants go: never so many in one unit type that its peers lose their meaning. */
class PlanTest {
    private static Simulation planned(long seed) {
        GeneratorOptions options = new GeneratorOptions(Scale.DISTRICT, 2018, 2025, seed, Path.of("unused"), false);
        return new Simulation(options, 0, new SplittableRandom(seed * 1_000_003L).split());
    }

    /** Seed 23 drew all three inflation plants in the four armed-forces organizations. */
    @Test
    void noUnitTypeHasMoreThanAThirdOfItsOrganizationsInInflationOrCompression() {
        for (long seed : new long[] {23, 45, 2025}) {
            Simulation simulation = planned(seed);
            Map<OrgType, Integer> planted = new TreeMap<>();
            Stream.concat(simulation.plan.inflation.stream(), simulation.plan.compression.stream())
                    .forEach(unit -> planted.merge(unit.type, 1, Integer::sum));
            planted.forEach((type, count) -> assertThat(3L * count)
                    .as("seed %d, %s", seed, type)
                    .isLessThanOrEqualTo(simulation.structure.others.stream()
                            .filter(unit -> unit.type == type)
                            .count()));
        }
    }

    /** Seed 45 drew two leniency outliers among the four armed-forces organizations of 2021. */
    @Test
    void aSmallUnitTypeHasAtMostOneLeniencyOutlierAYear() {
        for (long seed : new long[] {23, 45, 2025}) {
            Simulation simulation = planned(seed);
            simulation.plan.leniency.forEach((year, orgs) -> {
                List<OrgType> types =
                        new ArrayList<>(orgs.stream().map(unit -> unit.type).toList());
                for (OrgType type : types) {
                    long ofType = Stream.concat(
                                    simulation.structure.others.stream(), simulation.structure.communes.stream())
                            .filter(unit -> unit.type == type)
                            .count();
                    if (ofType < 8) {
                        assertThat(types.stream().filter(type::equals).count())
                                .as("seed %d, %d, %s", seed, year, type)
                                .isEqualTo(1);
                    }
                }
            });
            assertThat(simulation.plan.leniency.values().stream()
                            .mapToInt(List::size)
                            .sum())
                    .isEqualTo(Plan.COUNTS.get(Detector.LENIENCY_OUTLIER));
        }
    }
}
