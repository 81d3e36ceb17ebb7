package org.anchorage.shared.web;

import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The NHS.UK error summary for a form: one link per failed field, to the field's id, in the order
 * the fields appear on the page.
 */
public record ErrorSummary(List<Item> items) {

    public record Item(String href, String message) {}

    public static ErrorSummary of(BindingResult result, List<String> fieldOrder) {
        List<Item> items = result.getFieldErrors().stream()
                .sorted(java.util.Comparator.comparingInt((FieldError e) -> {
                    int i = fieldOrder.indexOf(e.getField());
                    return i < 0 ? Integer.MAX_VALUE : i;
                }))
                .map(e -> new Item("#" + e.getField(), e.getDefaultMessage()))
                .distinct()
                .toList();
        List<Item> global = result.getGlobalErrors().stream()
                .map(e -> new Item("#main-content", e.getDefaultMessage()))
                .toList();
        return new ErrorSummary(java.util.stream.Stream.concat(items.stream(), global.stream()).toList());
    }

    /**
     * The first message for each failed field, for pages that show a field's own message from a map
     * (field to message) rather than through a bound form object.
     */
    public static java.util.Map<String, String> fieldMessages(BindingResult result) {
        java.util.Map<String, String> messages = new java.util.LinkedHashMap<>();
        for (FieldError e : result.getFieldErrors()) {
            messages.putIfAbsent(e.getField(), e.getDefaultMessage());
        }
        return messages;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
