package org.anchorage.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Map;
import org.anchorage.identity.Accounts;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.internal.DeviceCookies;
import org.anchorage.identity.internal.RecentPassword;
import org.anchorage.shared.RuleViolation;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in person's own account: change the password, confirm it again, sign out everywhere. */
@Controller
class AccountController {

    static final String ACCOUNT = "identity/account";
    static final String CHANGE_PASSWORD = "identity/change-password";
    static final String CONFIRM_PASSWORD = "identity/confirm-password";

    private final Accounts accounts;
    private final org.anchorage.identity.internal.PasswordSignIn signIn;
    private final RecentPassword recentPassword;

    AccountController(Accounts accounts, org.anchorage.identity.internal.PasswordSignIn signIn, RecentPassword recentPassword) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.recentPassword = recentPassword;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("me", CurrentUser.require());
        return ACCOUNT;
    }

    @GetMapping("/account/password")
    String changePasswordPage(Model model) {
        model.addAttribute("mustChange", CurrentUser.require().mustChangePassword());
        model.addAttribute("fieldErrors", Map.of());
        return CHANGE_PASSWORD;
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForms.ChangePassword form, BindingResult result,
                          HttpServletRequest request, Model model, RedirectAttributes redirect) {
        SignedInUser me = CurrentUser.require();
        if (!result.hasErrors()) {
            try {
                accounts.changeOwnPassword(me, form.currentPassword(), form.password(), request.getRemoteAddr(), DeviceCookies.read(request));
                recentPassword.confirmed(request);
                redirect.addFlashAttribute("success", "Your password has been changed");
                return "redirect:/account";
            } catch (RuleViolation e) {
                PasswordForms.reject(result, e.field(), e.getMessage());
                if (!e.field().equals("password")) {
                    // Every error at once: the new password's problem too, not only the wrong current one.
                    accounts.passwordProblem(me.id(), form.password()).ifPresent(m -> PasswordForms.reject(result, "password", m));
                }
            } catch (LockedException e) {
                PasswordForms.reject(result, "currentPassword", "There have been too many wrong passwords. Wait 15 minutes and try again");
            }
        }
        PasswordForms.show(result, PasswordForms.ChangePassword.FIELDS, model);
        model.addAttribute("mustChange", me.mustChangePassword());
        return CHANGE_PASSWORD;
    }

    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(HttpServletRequest request) {
        accounts.signOutEverywhere(CurrentUser.require().id());
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/sign-in?signedOutEverywhere";
    }

    @GetMapping("/confirm-password")
    String confirmPasswordPage(@RequestParam(name = "continue", required = false) String continueTo,
                               @RequestParam(required = false) String unsaved, Model model) {
        model.addAttribute("continueTo", RecentPassword.localPath(continueTo));
        model.addAttribute("unsaved", "yes".equals(unsaved));
        model.addAttribute("fieldErrors", Map.of());
        return CONFIRM_PASSWORD;
    }

    @PostMapping("/confirm-password")
    String confirmPassword(@Valid @ModelAttribute("form") PasswordForms.ConfirmPassword form, BindingResult result,
                           @RequestParam(name = "continue", required = false) String continueTo,
                           @RequestParam(required = false) String unsaved,
                           HttpServletRequest request, Model model,
                           org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        String back = RecentPassword.localPath(continueTo);
        if (!result.hasErrors()) {
            try {
                if (signIn.confirm(CurrentUser.require(), form.password(), request.getRemoteAddr(), DeviceCookies.read(request))) {
                    recentPassword.confirmed(request);
                    if ("yes".equals(unsaved)) {
                        redirect.addFlashAttribute("success", "Password confirmed. Your change was not saved yet: make it again.");
                    }
                    return "redirect:" + back;
                }
                PasswordForms.reject(result, "password", "Enter a correct password");
            } catch (LockedException e) {
                PasswordForms.reject(result, "password", "There have been too many wrong passwords. Wait 15 minutes and try again");
            }
        }
        PasswordForms.show(result, PasswordForms.ConfirmPassword.FIELDS, model);
        model.addAttribute("continueTo", back);
        model.addAttribute("unsaved", "yes".equals(unsaved));
        return CONFIRM_PASSWORD;
    }
}
