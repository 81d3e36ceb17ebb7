package org.anchorage.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InputGuardTest {

    @Test
    void nul_and_other_control_characters_are_refused_and_tabs_and_new_lines_only_in_text_areas() {
        assertThat(InputGuard.problemWith("a\u0000b", true)).isEqualTo("must not contain a NUL character");
        assertThat(InputGuard.problemWith("a\u0007b", true)).isEqualTo("must not contain control characters");
        assertThat(InputGuard.problemWith("line one\r\n\tline two", true)).isNull();
        assertThat(InputGuard.problemWith("tab\there", false)).isEqualTo("must be a single line without tabs or control characters");
        assertThat(InputGuard.problemWith("Tilbury – £12.71 ✓", false)).isNull();
        // C1 controls anywhere; Unicode's line separators and direction overrides in a one-line value only.
        assertThat(InputGuard.problemWith("a\u0085b", true)).isEqualTo("must not contain control characters");
        assertThat(InputGuard.problemWith("a\u007fb", false)).isEqualTo("must be a single line without tabs or control characters");
        assertThat(InputGuard.problemWith("Sam\u2028Bcc", false)).isEqualTo("must be a single line without tabs or control characters");
        assertThat(InputGuard.problemWith("Sam\u202etxt.exe", false)).isEqualTo("must be a single line without tabs or control characters");
        assertThat(InputGuard.problemWith("para one\u2029para two", true)).isNull();
    }

    @Test
    void text_over_the_backstop_is_refused_and_text_at_it_is_not() {
        assertThat(InputGuard.problemWith("x".repeat(InputGuard.MAX_TEXT), false)).isNull();
        assertThat(InputGuard.problemWith("x".repeat(InputGuard.MAX_TEXT + 1), false)).isEqualTo("must be 20,000 characters or fewer");
    }

    @Test
    void every_text_area_in_the_templates_is_known_to_the_guard_as_multi_line() throws IOException {
        Pattern textarea = Pattern.compile("<textarea[^>]*\\sname=\"([a-zA-Z]+)\"");
        Pattern fragment = Pattern.compile("(?:textArea|longText)\\('([a-zA-Z]+)'");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                for (Pattern p : new Pattern[] {textarea, fragment}) {
                    Matcher m = p.matcher(html);
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        assertThat(found).isNotEmpty();
        assertThat(InputGuard.MULTI_LINE).containsAll(found);
    }
}
