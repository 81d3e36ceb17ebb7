package org.anchorage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void a_value_that_starts_like_a_formula_is_kept_as_text_and_anything_else_is_unchanged() {
        assertThat(SpreadsheetCell.safe("=HYPERLINK(\"http://x\",\"Porter\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"Porter\")");
        assertThat(SpreadsheetCell.safe("+44 20")).isEqualTo("'+44 20");
        assertThat(SpreadsheetCell.safe("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetCell.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCell.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetCell.safe("Porter at Royal Free Hospital")).isEqualTo("Porter at Royal Free Hospital");
        assertThat(SpreadsheetCell.safe("")).isEmpty();
        assertThat(SpreadsheetCell.safe(null)).isNull();
    }
}
