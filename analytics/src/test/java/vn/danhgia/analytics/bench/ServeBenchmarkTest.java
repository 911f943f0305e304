package vn.danhgia.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.bench.ServeBenchmark.Measurement;
import vn.danhgia.analytics.bench.ServeBenchmark.Result;
import vn.danhgia.analytics.bench.ServeBenchmark.Target;
import vn.danhgia.analytics.bench.ServeBenchmark.WrkReport;
import vn.danhgia.core.error.DanhgiaException;

/** Reading wrk 4.1's {@code --latency} reports (real runs, kept as files) and the verdict on the figures. */
class ServeBenchmarkTest {
    private static final Target STATIC = new Target("bench.serve.static", "/assets/app.css", false);
    private static final Target OVERVIEW = new Target("bench.serve.overview", "/tong-quan?year=2025", true);

    @Test
    void readsPercentilesRateAndErrorResponsesOfARunAnsweredWith404() throws IOException {
        WrkReport report = WrkReport.parse(sample("wrk-not-found.txt"));

        assertThat(report).isEqualTo(new WrkReport(1.85, 359.75, 6850.75, 34344, 34344, 0));
        assertThat(report.errors()).isEqualTo(34344);
    }

    @Test
    void readsLatenciesInSecondsAndAddsUpSocketErrors() throws IOException {
        WrkReport report = WrkReport.parse(sample("wrk-slow-timeouts.txt"));

        assertThat(report).isEqualTo(new WrkReport(809.59, 1720.0, 20.96, 168, 0, 42));
    }

    @Test
    void readsLatenciesInMicroseconds() throws IOException {
        WrkReport report = WrkReport.parse(sample("wrk-static-microseconds.txt"));

        assertThat(report).isEqualTo(new WrkReport(0.515, 52.91, 856.93, 2588, 0, 0));
        assertThat(report.errors()).isZero();
    }

    @Test
    void aReportWithoutItsLatencyDistributionIsAnError() {
        String withoutLatency = """
                Running 1s test @ http://127.0.0.1:8080/
                  2 threads and 32 connections
                  0 requests in 1.00s, 0.00B read
                  Socket errors: connect 32, read 0, write 0, timeout 0
                Requests/sec:      0.00
                Transfer/sec:       0.00B
                """;

        assertThatThrownBy(() -> WrkReport.parse(withoutLatency))
                .isInstanceOf(DanhgiaException.class)
                .hasMessageContaining(withoutLatency);
    }

    @Test
    void targetsHoldWhenThePagesP99AndTheMemoryAreWithinTheirLimitsAndNothingFailed() {
        Result result = new Result(
                "city",
                List.of(
                        new Measurement(STATIC, new WrkReport(0.4, 2.0, 40000, 800000, 0, 0)),
                        new Measurement(OVERVIEW, new WrkReport(20.0, 100.0, 900, 18000, 0, 0))),
                400);

        assertThat(result.baseline().target()).isEqualTo(STATIC);
        assertThat(result.targetsMet()).isTrue();
    }

    @Test
    void aSlowPageTooMuchMemoryOrAnyErrorFailsTheRun() {
        Measurement fastStatic = new Measurement(STATIC, new WrkReport(0.4, 2.0, 40000, 800000, 0, 0));
        Measurement fastPage = new Measurement(OVERVIEW, new WrkReport(20.0, 99.0, 900, 18000, 0, 0));

        assertThat(new Result(
                                "city",
                                List.of(
                                        fastStatic,
                                        new Measurement(OVERVIEW, new WrkReport(20.0, 100.1, 900, 18000, 0, 0))),
                                300)
                        .targetsMet())
                .isFalse();
        assertThat(new Result("city", List.of(fastStatic, fastPage), 401).targetsMet())
                .isFalse();
        assertThat(new Result(
                                "city",
                                List.of(
                                        new Measurement(STATIC, new WrkReport(0.4, 2.0, 40000, 800000, 3, 0)),
                                        fastPage),
                                300)
                        .targetsMet())
                .isFalse();
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = ServeBenchmarkTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
