package org.anchorage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NHS England's rule on hand-made tables whose answers are worked out by hand. */
class DisclosureTest {

    @Test
    void zero_stays_zero_one_to_seven_is_hidden_and_the_rest_round_to_the_nearest_five() {
        assertThat(Disclosure.cell(0)).isEqualTo("0");
        assertThat(Disclosure.cell(1)).isEqualTo("1–7");
        assertThat(Disclosure.cell(7)).isEqualTo("1–7");
        assertThat(Disclosure.cell(8)).isEqualTo("10");
        assertThat(Disclosure.cell(12)).isEqualTo("10");
        assertThat(Disclosure.cell(13)).isEqualTo("15");
        assertThat(Disclosure.cell(1_234_567)).isEqualTo("1234565");
        assertThat(Disclosure.rounded(8)).isEqualTo(10);
        assertThat(Disclosure.rounded(12)).isEqualTo(10);
        assertThat(Disclosure.rounded(13)).isEqualTo(15);
        assertThat(Disclosure.rounded(35)).isEqualTo(35);
        assertThat(Disclosure.isLow(0)).isFalse();
        assertThat(Disclosure.isLow(7)).isTrue();
        assertThat(Disclosure.isLow(8)).isFalse();
        assertThatThrownBy(() -> Disclosure.cell(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_exact_table_shows_counts_as_they_are_and_percentages_from_them_to_one_decimal_place() {
        Figures f = figures(false, List.of(new Figures.Share("Eligible", 1, 0)),
                line("Thurrock", 7L, 3L), line("Havering", 13L, 12L));

        Report.ReportTable t = Disclosure.table(f, false);

        assertThat(t.columns()).containsExactly("Local authority", "Referred", "Eligible", "Eligible");
        assertThat(shown(t, 0)).containsExactly("7", "3", "42.9%");
        assertThat(shown(t, 1)).containsExactly("13", "12", "92.3%");
        assertThat(t.rows().get(0).cells().get(0).value()).isEqualTo(7.0);
        assertThat(t.rows().get(0).cells().get(2).value()).isEqualTo(42.9);
        assertThat(t.key()).isEqualTo("test");
        assertThat(t.chart()).isEqualTo("bars");
        assertThat(t.sentence()).isEqualTo("People referred and found eligible, by local authority.");
    }

    @Test
    void under_the_rule_percentages_are_worked_out_from_the_rounded_counts() {
        Figures f = figures(false, List.of(new Figures.Share("Eligible", 1, 0)), line("Havering", 48L, 13L), line("Thurrock", 22L, 0L));

        Report.ReportTable t = Disclosure.table(f, true);

        // 15 of 50, not the exact 13 of 48 (27.1%).
        assertThat(shown(t, 0)).containsExactly("50", "15", "30.0%");
        assertThat(shown(t, 1)).containsExactly("20", "0", "0.0%");
        assertThat(t.rows().get(0).cells().get(0).value()).as("a chart draws the rounded figure").isEqualTo(50.0);
    }

    @Test
    void a_hidden_count_is_not_drawn_and_its_percentage_is_hidden_too() {
        Figures f = figures(false, List.of(new Figures.Share("Eligible", 1, 0)), line("Havering", 40L, 5L), line("Thurrock", 6L, 6L));

        Report.ReportTable t = Disclosure.table(f, true);

        assertThat(shown(t, 0)).containsExactly("40", "1–7", "*");
        assertThat(t.rows().get(0).cells().get(1).value()).isNull();
        assertThat(t.rows().get(0).cells().get(2).value()).isNull();
        // Both hidden: the numerator's "*" wins; a shown numerator over a hidden denominator is "n/a".
        assertThat(shown(t, 1)).containsExactly("1–7", "1–7", "*");
        Report.ReportTable over = Disclosure.table(figures(false, List.of(new Figures.Share("Share", 0, 1)), line("Havering", 40L, 5L)), true);
        assertThat(shown(over, 0)).containsExactly("40", "1–7", "n/a");
    }

    @Test
    void in_a_column_with_a_total_a_single_hidden_count_has_the_smallest_other_count_hidden_beside_it() {
        // 3 + 0 + 12 + 30 = 45: with only the 3 hidden, 45 − 0 − 10 − 30 would give it back as about 5.
        Figures f = figures(true, List.of(), line("Grays", 3L, 20L), line("Tilbury", 0L, 20L), line("Aveley", 12L, 20L),
                line("Purfleet", 30L, 20L), line("All places", 45L, 80L));

        Report.ReportTable t = Disclosure.table(f, true);

        assertThat(column(t, 0)).containsExactly("1–7", "0", "*", "30", "45");
        assertThat(t.rows().get(2).cells().get(0).value()).as("a hidden count is not drawn").isNull();
        assertThat(column(t, 1)).as("nothing hidden in the second column, so nothing more").containsExactly("20", "20", "20", "20", "80");
        assertThat(column(Disclosure.table(f, false), 0)).as("managers see it exact").containsExactly("3", "0", "12", "30", "45");
    }

    @Test
    void a_column_whose_two_counts_are_already_hidden_needs_nothing_more() {
        Figures f = figures(true, List.of(), line("Grays", 3L, 1L), line("Tilbury", 5L, 1L), line("Aveley", 12L, 1L),
                line("Purfleet", 30L, 1L), line("All places", 50L, 4L));

        Report.ReportTable t = Disclosure.table(f, true);

        assertThat(column(t, 0)).containsExactly("1–7", "1–7", "10", "30", "50");
        // A total of 1 to 7 people: its breakdown would say what so few share, so every cell under it is hidden.
        assertThat(column(t, 1)).containsExactly("*", "*", "*", "*", "1–7");
    }

    @Test
    void when_no_other_count_can_hide_it_the_total_is_hidden_instead() {
        // The total counts people in no row (say, no target place), so it is not the sum; only the total is left.
        Figures f = figures(true, List.of(), line("Grays", 4L, 0L), line("Tilbury", 0L, 0L), line("All people", 20L, 0L));

        Report.ReportTable t = Disclosure.table(f, true);

        assertThat(column(t, 0)).containsExactly("1–7", "0", "*");
        assertThat(column(t, 1)).containsExactly("0", "0", "0");
    }

    @Test
    void a_percentage_over_the_total_row_uses_the_shown_total_and_hidden_counts_give_hidden_percentages() {
        Figures f = figures(true, List.of(new Figures.Share("Share of referred", 0, -1)), line("Grays", 3L, 0L), line("Aveley", 12L, 0L),
                line("Purfleet", 33L, 0L), line("All places", 48L, 0L));

        Report.ReportTable exact = Disclosure.table(f, false);
        Report.ReportTable t = Disclosure.table(f, true);

        assertThat(exact.rows().get(2).cells().get(2).shown()).isEqualTo("68.8%");
        assertThat(t.columns()).containsExactly("Local authority", "Referred", "Eligible", "Share of referred");
        assertThat(shown(t, 0)).containsExactly("1–7", "0", "*");
        assertThat(shown(t, 1)).containsExactly("*", "0", "*");
        assertThat(shown(t, 2)).as("35 of 50").containsExactly("35", "0", "70.0%");
        assertThat(shown(t, 3)).containsExactly("50", "0", "100.0%");
    }

    @Test
    void a_null_count_is_not_applicable_never_hidden_and_gives_no_percentage() {
        Figures f = figures(true, List.of(new Figures.Share("Eligible", 1, 0)), line("Grays", null, 5L), line("Aveley", 0L, 0L),
                line("Purfleet", 40L, null), line("All places", 40L, 5L));

        Report.ReportTable t = Disclosure.table(f, true);

        // Eligible's total is 5 (1 to 7), so Grays' 5 is hidden as part of a breakdown of so few.
        assertThat(shown(t, 0)).containsExactly("n/a", "*", "n/a");
        assertThat(t.rows().get(0).cells().get(0).value()).isNull();
        assertThat(shown(t, 1)).as("a zero under a total of 1 to 7 is hidden too").containsExactly("0", "*", "*");
        assertThat(shown(t, 2)).containsExactly("40", "n/a", "n/a");
        // The second column's total is itself 1–7, so nothing shown could give back its hidden count.
        assertThat(shown(t, 3)).containsExactly("40", "1–7", "*");
        assertThat(Disclosure.table(f, false).rows().get(0).cells().get(0).shown()).isEqualTo("n/a");
    }

    @Test
    void subtracting_two_suppressed_reports_a_month_apart_cannot_give_back_the_three_people_in_between() {
        // The same people, counted January–March and January–April: April added 3 in Grays and 3 in Tilbury.
        Figures toMarch = figures(true, List.of(), line("Grays", 40L, 0L), line("Tilbury", 5L, 0L), line("Aveley", 20L, 0L),
                line("All places", 65L, 0L));
        Figures toApril = figures(true, List.of(), line("Grays", 43L, 0L), line("Tilbury", 8L, 0L), line("Aveley", 20L, 0L),
                line("All places", 71L, 0L));

        List<String> march = column(Disclosure.table(toMarch, true), 0);
        List<String> april = column(Disclosure.table(toApril, true), 0);
        assertThat(march).containsExactly("40", "1–7", "*", "65");
        assertThat(april).containsExactly("45", "10", "20", "70");

        long[] added = {3, 3, 0, 6};
        for (int row : new int[] {0, 1, 3}) {
            long[] before = possible(march.get(row));
            long[] after = possible(april.get(row));
            long fewest = after[0] - before[1];
            long most = after[1] - before[0];
            assertThat(added[row]).isBetween(fewest, most);
            assertThat(most - fewest + 1).as("the values the difference could be, row " + row).isGreaterThan(1);
        }
        // Grays: 45 − 40 could be anything from 1 to 9; Tilbury: 10 − "1–7" anything from 1 to 11.
        assertThat(possible("45")[0] - possible("40")[1]).isEqualTo(1);
        assertThat(possible("10")[1] - possible("1–7")[0]).isEqualTo(11);

        List<String> marchExact = column(Disclosure.table(toMarch, false), 0);
        List<String> aprilExact = column(Disclosure.table(toApril, false), 0);
        assertThat(Long.parseLong(aprilExact.get(0)) - Long.parseLong(marchExact.get(0))).as("exact figures would").isEqualTo(3);
        assertThat(Long.parseLong(aprilExact.get(1)) - Long.parseLong(marchExact.get(1))).isEqualTo(3);
    }

    @Test
    void a_table_that_does_not_fit_its_columns_is_refused() {
        assertThatThrownBy(() -> Disclosure.table(figures(false, List.of(), new Figures.Line("Grays", List.of(1L))), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Grays");
        assertThatThrownBy(() -> Disclosure.table(figures(false, List.of(new Figures.Share("Share", 0, -1)), line("Grays", 1L, 1L)), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total");
        assertThatThrownBy(() -> Disclosure.table(figures(false, List.of(), line("Grays", -1L, 1L)), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The exact counts a shown figure allows: "0" only 0, "1–7" 1 to 7, a rounded figure n − 2 to n + 2. */
    private static long[] possible(String shown) {
        if (shown.equals("1–7")) {
            return new long[] {1, 7};
        }
        long n = Long.parseLong(shown);
        return n == 0 ? new long[] {0, 0} : new long[] {n - 2, n + 2};
    }

    private static Figures figures(boolean total, List<Figures.Share> shares, Figures.Line... lines) {
        return new Figures("test", "Referred and eligible", "People referred and found eligible, by local authority.", "Local authority",
                List.of("Referred", "Eligible"), List.of(lines), total, shares, "bars");
    }

    private static Figures.Line line(String label, Long... counts) {
        return new Figures.Line(label, Arrays.asList(counts));
    }

    private static List<String> shown(Report.ReportTable t, int row) {
        return t.rows().get(row).cells().stream().map(Report.Cell::shown).toList();
    }

    private static List<String> column(Report.ReportTable t, int column) {
        return t.rows().stream().map(r -> r.cells().get(column).shown()).toList();
    }
}
