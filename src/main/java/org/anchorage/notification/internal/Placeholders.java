package org.anchorage.notification.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ((field)) placeholders of a template, written as GOV.UK Notify writes them, so one text works locally and on
 * Notify. Notify's optional form ((field??shown text)) names the field before the question marks.
 */
public final class Placeholders {

    private static final Pattern FIELD = Pattern.compile("\\(\\(([^()?]+)(\\?\\?[^()]*)?\\)\\)");

    private Placeholders() {}

    /** The fields a text uses, in order, as typed (trimmed). */
    public static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                found.add(m.group(1).strip());
            }
        }
        return found;
    }

    /**
     * A stray "((" or "))" left once every whole ((field)) is taken out, e.g. "((name" or "((na(me))": it would reach
     * people as typed. Answers the stray part with a little of what follows it, or null when there is none.
     */
    public static String unclosed(String text) {
        if (text == null) {
            return null;
        }
        String rest = FIELD.matcher(text).replaceAll(" ");
        int at = rest.indexOf("((");
        int close = rest.indexOf("))");
        if (at < 0 && close < 0) {
            return null;
        }
        int from = at < 0 ? close : close < 0 ? at : Math.min(at, close);
        return rest.substring(from, Math.min(rest.length(), from + 20)).strip();
    }

    /** The text with each ((field)) filled in; ((field??shown)) shows "shown" when the field is "yes". */
    public static String fill(String text, Map<String, String> fields) {
        if (text == null) {
            return null;
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = fields.getOrDefault(m.group(1).strip(), "");
            String shown = m.group(2) == null ? value : "yes".equalsIgnoreCase(value) ? m.group(2).substring(2) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
