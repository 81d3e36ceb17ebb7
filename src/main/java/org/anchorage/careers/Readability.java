package org.anchorage.careers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How hard a text is to read, as a Flesch-Kincaid grade level: 0.39 × (words / sentences) + 11.8 × (syllables /
 * words) − 15.59. Grade 4 is what a 9-year-old reads; residents' pages aim for 4 or below. Pure, no Spring.
 *
 * <p>How the text is cut up:
 * <ul>
 *   <li><b>Sentences</b>: every line is at least one sentence (a heading, a list item or a line without a full stop
 *   counts), and a line is cut after {@code .}, {@code !} or {@code ?} followed by a space or the end. A full stop
 *   inside a figure ({@code £12.71}) does not end one. A line with no words is not a sentence.</li>
 *   <li><b>Words</b>: pieces between spaces, hyphens and slashes with at least one letter or digit in them, outer
 *   punctuation stripped. A figure ({@code 2}, {@code £24,465}, {@code 80%}) is one word of one
 *   syllable: readers take it in at a glance, and spelling it out would punish pages for giving exact pay.</li>
 *   <li><b>Syllables</b>: see {@link #syllables(String)}.</li>
 * </ul>
 * Empty text has no words and scores grade 0: there is nothing hard to read in it.
 */
public final class Readability {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\u2013\u2014/]+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
    /** Vowels of the Latin, Greek and Cyrillic alphabets, accents already taken off. */
    private static final String ANY_VOWEL = "aeiouy" + "αεηιουω" + "аеиоуыэюяіє";
    /** The syllables a word outside a to z counts for at least: a long word, so it cannot lower the grade. */
    static final int UNJUDGED_WORD = 3;

    private Readability() {}

    /** What was counted, and the grade it makes. */
    public record Score(int sentences, int words, int syllables) {

        /** The Flesch-Kincaid grade level (0 for a text with no words). */
        public double grade() {
            if (words == 0) {
                return 0;
            }
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }

        /** The grade to one decimal place, as a person would write it: "6.3". */
        public String gradeShown() {
            return String.format(Locale.UK, "%.1f", grade());
        }
    }

    public static Score score(String text) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        if (text == null) {
            return new Score(0, 0, 0);
        }
        for (String line : text.split("\\R")) {
            for (String sentence : SENTENCE_END.split(line)) {
                List<String> inIt = words(sentence);
                if (inIt.isEmpty()) {
                    continue;
                }
                sentences++;
                words += inIt.size();
                for (String word : inIt) {
                    syllables += syllables(word);
                }
            }
        }
        return new Score(sentences, words, syllables);
    }

    public static double grade(String text) {
        return score(text).grade();
    }

    /** The words of a piece of text, outer punctuation stripped, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String piece : WORD_BREAK.split(text.strip())) {
            String word = piece.replaceAll("^[^\\p{L}\\p{N}£]+|[^\\p{L}\\p{N}%]+$", "");
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The syllables of one English word, by rule rather than dictionary (no dictionary ships here, and the rules
     * agree with one on the everyday words residents' pages use, see ReadabilityTest):
     * <ol>
     *   <li>only the word's letters count, accents taken off ("café" is "cafe"): digits and punctuation inside it are
     *   dropped, so a figure glued to a word ("communication1") cannot hide its syllables; a word with no letters is a
     *   figure ({@code 2}, {@code £24,465}, {@code 80%}): 1;</li>
     *   <li>a word with a letter outside a to z (another script, like "Ωμέγα" or "护士") cannot be judged by these
     *   English rules, so it counts as a long word: its vowel groups (Greek and Cyrillic vowels too) or, in a script
     *   that writes a syllable a character (Chinese, Japanese, Korean), its characters, and never fewer than
     *   {@value #UNJUDGED_WORD} syllables, so it can only raise the grade;</li>
     *   <li>lower case; a word of 3 letters or fewer: 1;</li>
     *   <li>count groups of vowels (a e i o u, and y except as the first letter: "year", "you");</li>
     *   <li>a final e after a consonant is silent ("make", "care"), except a final "le" after a consonant
     *   ("table", "people");</li>
     *   <li>a final "ed" after a consonant is silent ("helped") except after t or d ("wanted", "needed"); a final
     *   "es" after a consonant is silent ("makes", "homes") except after s, x, z, c, g, ch or sh ("places", "changes");</li>
     *   <li>a silent e before the endings -ly, -ful, -ment, -ness and -less is not a syllable ("safely", "careful");</li>
     *   <li>"ia", "io" and "iu" are two syllables ("radio", "media") except after c, t, s, g, x or h, where they are
     *   one ("social", "nation", "region"); "ua" is two ("usual", "actual") except after q or g ("quality", "language");</li>
     *   <li>every word has at least 1.</li>
     * </ol>
     */
    public static int syllables(String word) {
        // Compatibility forms fold too: full-width "ｃａｒｅ" and the ligature "ﬁ" are the letters they look like.
        String letters = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\P{L}+", "");
        if (letters.isEmpty()) {
            return word.codePoints().anyMatch(Character::isDigit) ? 1 : 0;
        }
        if (!letters.matches("[a-z]+")) {
            return unjudged(letters);
        }
        String w = letters;
        if (w.length() <= 3) {
            return 1;
        }
        String counted = w.startsWith("y") ? w.substring(1) : w;
        int count = (int) VOWEL_GROUP.matcher(counted).results().count();
        int n = w.length();
        if (w.endsWith("e") && consonant(w.charAt(n - 2))) {
            boolean syllabicLe = w.endsWith("le") && n >= 3 && consonant(w.charAt(n - 3));
            if (!syllabicLe) {
                count--;
            }
        } else if (w.endsWith("ed") && consonant(w.charAt(n - 3))) {
            if (w.charAt(n - 3) != 't' && w.charAt(n - 3) != 'd') {
                count--;
            }
        } else if (w.endsWith("es") && consonant(w.charAt(n - 3))) {
            char before = w.charAt(n - 3);
            boolean sounded = "sxzcg".indexOf(before) >= 0 || w.endsWith("ches") || w.endsWith("shes");
            if (!sounded) {
                count--;
            }
        }
        if (w.matches(".*[^aeiouy]e(ly|ful|ment|ness|less)$")) {
            count--;
        }
        for (int i = 1; i + 1 < n; i++) {
            char a = w.charAt(i);
            char b = w.charAt(i + 1);
            char before = w.charAt(i - 1);
            if (a == 'i' && (b == 'a' || b == 'o' || b == 'u') && "ctsgxh".indexOf(before) < 0 && consonant(before)) {
                count++;
            } else if (a == 'u' && b == 'a' && before != 'q' && before != 'g' && consonant(before)) {
                count++;
            }
        }
        return Math.max(1, count);
    }

    /** A word these English rules cannot judge: at least a long word's syllables, more when it plainly has more. */
    private static int unjudged(String letters) {
        int count = 0;
        boolean inVowels = false;
        for (int c : letters.codePoints().toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                count++;
                inVowels = false;
            } else {
                boolean vowel = ANY_VOWEL.indexOf(c) >= 0;
                if (vowel && !inVowels) {
                    count++;
                }
                inVowels = vowel;
            }
        }
        return Math.max(UNJUDGED_WORD, count);
    }

    private static boolean consonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
