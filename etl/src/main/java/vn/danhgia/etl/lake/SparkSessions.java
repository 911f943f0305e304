package vn.danhgia.etl.lake;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of a danhgia process, set up for Delta Lake. Local mode uses every core of the
 * machine ({@code local[*]}); {@code master} names a cluster ({@code spark://host:7077}, {@code yarn},
 * ...). The settings keep Spark's fixed costs low on small data (STACK.md): few shuffle partitions, no
 * UI, the driver bound to the loopback address in local mode, and no deletion vectors on new tables,
 * because the DuckDB read path (Delta Kernel file list, then read_parquet) cannot apply them.
 */
public final class SparkSessions {
    /** Spark's own default when nothing is configured: the whole machine. */
    public static final String LOCAL = "local[*]";

    private SparkSessions() {}

    /**
     * A new session with a catalog of its own, on the process's Spark context (started on first use
     * with {@code master}, reused afterwards: the context is the expensive part). Each {@link Lake} gets
     * its own session, so two lakes opened one after the other in a process never share databases.
     */
    public static synchronized SparkSession fresh(Optional<String> master) {
        SparkSession.clearActiveSession();
        SparkSession.clearDefaultSession();
        String url = master.orElse(System.getProperty("danhgia.spark.master", LOCAL));
        SparkSession.Builder builder = SparkSession.builder()
                .appName("danhgia")
                .master(url)
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.catalogImplementation", "in-memory")
                .config("spark.sql.sources.default", "delta")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.ansi.enabled", "true")
                .config("spark.sql.shuffle.partitions", System.getProperty("danhgia.spark.shufflePartitions", "4"))
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .config("spark.databricks.delta.properties.defaults.enableDeletionVectors", "false")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        if (url.startsWith("local")) {
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        } else if (url.startsWith("spark://") && System.getProperty("spark.executor.extraClassPath") == null) {
            // A standalone cluster's executors need the application's classes (Delta Lake's, danhgia's and
            // their dependencies): give them the driver's own class path. It works where the workers see the same
            // paths (this machine, or the build on shared storage); entries a worker lacks are skipped by
            // its JVM, so elsewhere pass the jars with spark-submit --jars or set
            // -Dspark.executor.extraClassPath yourself (docs/spark-cluster.md). Spark itself adds its
            // --add-opens list to the executors' Java options.
            builder.config("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        }
        SparkSession session = builder.getOrCreate();
        // on a context started earlier the builder's settings may not reach a new session: set the zone
        // (time travel and timestamps are read in UTC) and the source of new tables once more
        session.conf().set("spark.sql.session.timeZone", "UTC");
        session.conf().set("spark.sql.sources.default", "delta");
        session.sparkContext().setLogLevel("WARN");
        return session;
    }

    /** Stops the process's Spark context (the end of a command; tests leave it to the JVM's exit). */
    public static synchronized void stop() {
        scala.Option<SparkSession> active = SparkSession.getDefaultSession();
        if (active.isDefined()) {
            active.get().stop();
        }
    }
}
