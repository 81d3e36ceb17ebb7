package org.anchorage.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Flesch-Kincaid grade and its syllable counter, against figures worked out by hand. */
class ReadabilityTest {

    @Test
    void the_cat_sat_on_the_mat_reads_below_grade_0() {
        var score = Readability.score("The cat sat on the mat.");
        assertThat(score).isEqualTo(new Readability.Score(1, 6, 6));
        // 0.39 × 6 + 11.8 × 1 − 15.59
        assertThat(score.grade()).isCloseTo(-1.45, within(0.001)).isLessThan(0);
    }

    @Test
    void a_long_academic_sentence_reads_above_grade_12() {
        String academic = "The multidisciplinary evaluation demonstrated considerable heterogeneity in organisational "
                + "implementation characteristics across participating institutions, necessitating further methodological investigation.";
        assertThat(Readability.grade(academic)).isGreaterThan(12);
    }

    @Test
    void the_grade_follows_the_formula_for_several_sentences() {
        // 2 sentences, 9 words, 11 syllables (we 1, help 1, people 2, get 1, jobs 1, it 1, is 1, very 2, free 1).
        var score = Readability.score("We help people get jobs. It is very free!");
        assertThat(score).isEqualTo(new Readability.Score(2, 9, 11));
        assertThat(score.grade()).isCloseTo(0.39 * 9 / 2 + 11.8 * 11 / 9 - 15.59, within(1e-9));
        assertThat(score.gradeShown()).isEqualTo("0.6");
    }

    @Test
    void everyday_words_have_the_syllables_a_dictionary_gives() {
        Map<String, Integer> dictionary = Map.ofEntries(Map.entry("cat", 1), Map.entry("make", 1), Map.entry("care", 1),
                Map.entry("table", 2), Map.entry("people", 2), Map.entry("whole", 1), Map.entry("free", 1), Map.entry("year", 1),
                Map.entry("you", 1), Map.entry("helped", 1), Map.entry("trained", 1), Map.entry("wanted", 2), Map.entry("needed", 2),
                Map.entry("makes", 1), Map.entry("homes", 1), Map.entry("places", 2), Map.entry("changes", 2), Map.entry("nurses", 2),
                Map.entry("washes", 2), Map.entry("safely", 2), Map.entry("careful", 2), Map.entry("movement", 2),
                Map.entry("radio", 3), Map.entry("media", 3), Map.entry("social", 2), Map.entry("nation", 2), Map.entry("region", 2),
                Map.entry("usual", 3), Map.entry("quality", 3), Map.entry("language", 2), Map.entry("hospital", 3),
                Map.entry("support", 2), Map.entry("worker", 2), Map.entry("healthcare", 2), Map.entry("pharmacy", 3),
                Map.entry("maintenance", 3), Map.entry("catering", 3), Map.entry("administration", 5), Map.entry("facilities", 4),
                Map.entry("someone", 2), Map.entry("only", 2), Map.entry("day", 1), Map.entry("used", 1), Map.entry("patients", 2));
        dictionary.forEach((word, syllables) -> assertThat(Readability.syllables(word)).as(word).isEqualTo(syllables));
    }

    @Test
    void empty_text_has_no_words_and_scores_grade_0() {
        assertThat(Readability.score("")).isEqualTo(new Readability.Score(0, 0, 0));
        assertThat(Readability.score("  \n\n ")).isEqualTo(new Readability.Score(0, 0, 0));
        assertThat(Readability.score(null).grade()).isZero();
        assertThat(Readability.score("... !").grade()).isZero();
    }

    @Test
    void a_figure_or_an_amount_of_money_is_one_word_of_one_syllable_and_its_point_ends_no_sentence() {
        var score = Readability.score("Band 2: £24,465 a year to start. You get £12.71 an hour, 80% of the time.");
        // Band 2 £24,465 a year to start | You get £12.71 an hour 80% of the time
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.words()).isEqualTo(7 + 9);
        assertThat(Readability.syllables("£24,465")).isEqualTo(1);
        assertThat(Readability.syllables("9am")).isEqualTo(1);
    }

    @Test
    void each_line_or_list_item_without_a_full_stop_is_a_sentence() {
        var list = Readability.score("""
                What you get
                someone to help you
                a paid job to try
                """);
        assertThat(list.sentences()).isEqualTo(3);
        assertThat(list.words()).isEqualTo(12);
        // The same words on one line without full stops are one long sentence, which scores higher.
        assertThat(Readability.grade("What you get someone to help you a paid job to try")).isGreaterThan(list.grade());
    }

    @Test
    void hyphens_and_slashes_split_words_and_outer_punctuation_is_not_a_word() {
        assertThat(Readability.words("full-time, part-time / nights (and weekends) – ask \"us\"!"))
                .containsExactly("full", "time", "part", "time", "nights", "and", "weekends", "ask", "us");
    }

    @Test
    void a_digit_or_punctuation_glued_to_a_word_does_not_hide_its_syllables() {
        assertThat(Readability.syllables("communication1")).isEqualTo(Readability.syllables("communication")).isEqualTo(5);
        assertThat(Readability.syllables("1administration")).isEqualTo(5);
        assertThat(Readability.syllables("commu.nica_tion")).isEqualTo(5);
        assertThat(Readability.syllables("ｃｏｍｍｕｎｉｃａｔｉｏｎ")).as("full-width letters").isEqualTo(5);
        assertThat(Readability.syllables("café")).isEqualTo(Readability.syllables("cafe"));
        String glued = "Comprehensive1 organisational2 responsibilities3 necessitate4 considerable5 interdisciplinary6 collaboration7.";
        String plain = "Comprehensive organisational responsibilities necessitate considerable interdisciplinary collaboration.";
        assertThat(Readability.score(glued)).isEqualTo(Readability.score(plain));
        assertThat(Readability.grade(glued)).isGreaterThan(12);
        // A figure with no letters is still one syllable, and so is a time of day.
        assertThat(Readability.syllables("80%")).isEqualTo(1);
        assertThat(Readability.syllables("£12.71")).isEqualTo(1);
        assertThat(Readability.syllables("9am")).isEqualTo(1);
    }

    @Test
    void a_word_in_another_script_counts_as_a_long_word_or_longer_so_it_cannot_lower_the_grade() {
        assertThat(Readability.words("Ωμέγα 护士 медсестра")).hasSize(3);
        assertThat(Readability.syllables("Ωμέγα")).isEqualTo(3);
        assertThat(Readability.syllables("护士")).isEqualTo(Readability.UNJUDGED_WORD);
        assertThat(Readability.syllables("我是一名护士每天帮助病人")).as("a character a syllable").isEqualTo(12);
        assertThat(Readability.syllables("обслуживание")).as("Cyrillic vowel groups").isEqualTo(5);
        assertThat(Readability.syllables("straße")).as("a letter outside a to z").isGreaterThanOrEqualTo(Readability.UNJUDGED_WORD);
        // A Latin-looking word with one Cyrillic letter (о) in it is not let off as short English.
        assertThat(Readability.syllables("cоmmunication")).isGreaterThanOrEqualTo(Readability.UNJUDGED_WORD);
        for (String text : new String[] {"Ωμέγα Ωμέγα Ωμέγα.", "护士 护士 护士.", "!!! Ωμέγα"}) {
            assertThat(Readability.grade(text)).as(text).isGreaterThan(Roles.HIGHEST_GRADE);
        }
        // Adding a foreign word to a plain sentence never makes it read easier.
        String plain = "You help the team. You keep things clean and safe.";
        assertThat(Readability.grade(plain + " Ωμέγα.")).isGreaterThan(Readability.grade(plain + " Cat."));
    }
}
