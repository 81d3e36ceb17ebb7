package org.anchorage.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The password forms: format checks only; the password policy itself is applied by Accounts. */
final class PasswordForms {

    private PasswordForms() {}

    record ChangePassword(
            @NotBlank(message = "Enter your current password") @Size(max = 128, message = "Your current password is not right")
            String currentPassword,
            @NotBlank(message = "Enter a new password") @Size(max = 128, message = "Password must be 128 characters or fewer")
            String password) {
        static final List<String> FIELDS = List.of("currentPassword", "password");
    }

    record ConfirmPassword(
            @NotBlank(message = "Enter your password") @Size(max = 128, message = "Enter a correct password") String password) {
        static final List<String> FIELDS = List.of("password");
    }

    record ResetPassword(
            String token,
            @NotBlank(message = "Enter a new password") @Size(max = 128, message = "Password must be 128 characters or fewer")
            String password) {
        static final List<String> FIELDS = List.of("password");
    }

    /** A field error on a record form, without reading the field's value back (it may be a password). */
    static void reject(BindingResult result, String field, String message) {
        result.addError(new FieldError(result.getObjectName(), field, message));
    }

    /** Puts the error summary and each field's first message on the page's model. */
    static void show(BindingResult result, List<String> order, org.springframework.ui.Model model) {
        model.addAttribute("errorSummary", ErrorSummary.of(result, order));
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            fieldErrors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        model.addAttribute("fieldErrors", fieldErrors);
    }
}
