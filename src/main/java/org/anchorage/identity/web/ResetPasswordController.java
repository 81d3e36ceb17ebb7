package org.anchorage.identity.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.anchorage.identity.Accounts;
import org.anchorage.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Following a one-time reset link from an administrator: no sign-in needed, the link is the proof. */
@Controller
class ResetPasswordController {

    static final String RESET = "identity/reset-password";

    private final Accounts accounts;

    ResetPasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/reset-password")
    String page(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("account", accounts.resetLinkFor(token).orElse(null));
        model.addAttribute("fieldErrors", Map.of());
        return RESET;
    }

    @PostMapping("/reset-password")
    String reset(@Valid @ModelAttribute("form") PasswordForms.ResetPassword form, BindingResult result, Model model) {
        var account = accounts.resetLinkFor(form.token());
        if (account.isPresent() && !result.hasErrors()) {
            try {
                accounts.resetPassword(form.token(), form.password());
                return "redirect:/sign-in?passwordReset";
            } catch (RuleViolation e) {
                PasswordForms.reject(result, e.field().equals("password") ? "password" : "token", e.getMessage());
            }
        }
        PasswordForms.show(result, PasswordForms.ResetPassword.FIELDS, model);
        model.addAttribute("token", form.token());
        model.addAttribute("account", accounts.resetLinkFor(form.token()).orElse(null));
        return RESET;
    }
}
