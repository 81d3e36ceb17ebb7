package org.anchorage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anchorage.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The data dictionary: every column says whether it holds personal or special-category data. */
class DataClassificationIT extends IntegrationTest {

    @Test
    void every_column_is_classified_as_personal_special_category_or_not_personal() {
        List<String> unclassified = jdbc.sql("""
                SELECT c.table_name || '.' || c.column_name
                FROM information_schema.columns c
                JOIN pg_catalog.pg_class t ON t.relname = c.table_name
                JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace AND n.nspname = c.table_schema
                WHERE c.table_schema = current_schema()
                  AND t.relkind = 'r'
                  AND c.table_name <> 'flyway_schema_history'
                  AND coalesce(col_description(t.oid, c.ordinal_position), '') !~ '^(personal|special-category|not personal):'
                ORDER BY 1
                """).query(String.class).list();
        assertThat(unclassified).as("columns without a 'personal:', 'special-category:' or 'not personal:' comment").isEmpty();
    }

    @Test
    void the_check_itself_sees_the_tables() {
        long columns = jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()")
                .query(Long.class).single();
        assertThat(columns).isGreaterThan(30);
    }
}
