package vn.danhgia.etl.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.sql.SqlEngine;

class LakeIT {

    @Test
    void createsEveryWarehouseTableAsDeltaPartitionedByYearWithoutDeletionVectors(@TempDir Path folder) {
        Lake lake = Lake.open(folder);

        assertThat(lake.tables("raw")).contains("member_rating", "org_rating", "unit_registry");
        assertThat(lake.tables("core")).contains("member_rating", "dim_unit", "unit_lineage");
        assertThat(lake.tables("meta")).contains("load_log", "rejects", "schema_version");
        Row detail = lake.spark()
                .sql("describe detail delta.`" + lake.location("raw", "member_rating") + "`")
                .first();
        assertThat(detail.<String>getAs("format")).isEqualTo("delta");
        assertThat(detail.getList(detail.fieldIndex("partitionColumns"))).containsExactly("year");
        assertThat(detail.getMap(detail.fieldIndex("properties"))
                        .get("delta.enableDeletionVectors")
                        .get())
                .isEqualTo("false");
        assertThat(lake.spark()
                        .read()
                        .format("delta")
                        .load(lake.location("core", "dim_unit"))
                        .columns())
                .contains("unit_code", "unit_name");
    }

    @Test
    void aLakeOpenedAgainInANewSessionFindsItsTablesAndRows(@TempDir Path folder) {
        Lake first = Lake.open(folder);
        first.spark().sql("insert into core.dim_person (person_key, birth_year) values ('p1', 1970)");
        Lake again = Lake.open(folder);

        assertThat(again.spark()).isNotSameAs(first.spark());
        List<Row> rows =
                again.spark().sql("select person_key from core.dim_person").collectAsList();
        assertThat(rows).extracting(row -> row.getString(0)).containsExactly("p1");
        assertThat(again.spark()
                        .sql("select count(*) from meta.schema_version")
                        .first()
                        .getLong(0))
                .isEqualTo(1L);
    }

    @Test
    void theSparkEngineBindsAValueHoldingQuotesAsData(@TempDir Path folder) throws Exception {
        Lake lake = Lake.open(folder);
        SqlEngine engine = lake.engine();
        String key = "'Đảng ủy xã Đông' ; drop table x --";

        engine.execute("insert into core.dim_person (person_key, birth_year) values (?, ?)", List.of(key, 1970));

        SqlEngine.Rows rows =
                engine.query("select person_key, birth_year from core.dim_person where person_key = ?", List.of(key));
        assertThat(rows.values()).containsExactly(new Object[] {key, 1970});
    }
}
