package org.anchorage.identity.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.identity.Accounts;
import org.anchorage.identity.NewUser;
import org.anchorage.shared.web.RequiresRecentPassword;
import org.anchorage.identity.Role;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.Organisations;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators add users to organisations, change their role (after giving their own password
 * again), switch accounts off, reset passwords, and end a user's sessions and API tokens.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserController {

    static final String LIST = "identity/users";
    static final String NEW = "identity/user-new";
    static final String SHOW = "identity/user";

    private final Users users;
    private final Accounts accounts;
    private final Organisations organisations;

    UserController(Users users, Accounts accounts, Organisations organisations) {
        this.users = users;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("organisationNames", organisationNames());
        return LIST;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        model.addAttribute("organisations", organisations.all());
        return NEW;
    }

    @PostMapping
    @RequiresRecentPassword
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Role role = Role.fromCode(form.getRole()).orElse(null);
        if (role == null && !result.hasFieldErrors("role")) {
            result.rejectValue("role", "invalid", "Choose a role from the list");
        }
        if (!result.hasErrors()) {
            try {
                UserAccount created = users.create(new NewUser(form.getEmail(), form.getDisplayName(), role,
                        new OrganisationId(form.getOrganisationId()), form.getPassword()));
                redirect.addFlashAttribute("success", "Added " + created.displayName());
                return "redirect:/users/" + created.id();
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, UserForm.FIELDS));
        model.addAttribute("organisations", organisations.all());
        form.setPassword(null);
        return NEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UserAccount user = users.open(new UserId(id));
        model.addAttribute("user", user);
        model.addAttribute("organisation", organisations.find(user.organisationId()).map(Organisation::name).orElse(""));
        if (!model.containsAttribute("form")) {
            UserChangeForm form = new UserChangeForm();
            form.setDisplayName(user.displayName());
            form.setRole(user.role().code());
            form.setEnabled(user.enabled());
            model.addAttribute("form", form);
        }
        return SHOW;
    }

    @PostMapping("/{id}")
    @RequiresRecentPassword
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") UserChangeForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Role role = Role.fromCode(form.getRole()).orElse(null);
        if (role == null && !result.hasFieldErrors("role")) {
            result.rejectValue("role", "invalid", "Choose a role from the list");
        }
        if (result.hasErrors()) {
            model.addAttribute("errorSummary", ErrorSummary.of(result, UserChangeForm.FIELDS));
            return show(id, model);
        }
        UserAccount changed = users.change(new UserId(id), form.getDisplayName(), role, form.isEnabled());
        redirect.addFlashAttribute("success", "Saved changes to " + changed.displayName());
        return "redirect:/users/" + id;
    }

    /** A one-time link, shown once here; only its hash is kept. */
    @PostMapping("/{id}/password-reset")
    @RequiresRecentPassword
    String issueReset(@PathVariable UUID id, RedirectAttributes redirect) {
        Accounts.ResetLink link = accounts.issueReset(new UserId(id));
        redirect.addFlashAttribute("resetLink", ServletUriComponentsBuilder.fromCurrentContextPath().path("/reset-password")
                .queryParam("token", link.token()).toUriString());
        redirect.addFlashAttribute("resetLinkExpiresAt", link.expiresAt());
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/must-change-password")
    String mustChangePassword(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean required,
                              RedirectAttributes redirect) {
        accounts.requirePasswordChange(new UserId(id), required);
        redirect.addFlashAttribute("success", required
                ? "They will be asked to change their password when they next sign in"
                : "They no longer have to change their password");
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/sign-out-everywhere")
    String signOutEverywhere(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.signOutEverywhere(new UserId(id));
        redirect.addFlashAttribute("success", "Signed out of every browser and API client");
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/revoke-tokens")
    String revokeTokens(@PathVariable UUID id, RedirectAttributes redirect) {
        int revoked = accounts.revokeTokens(new UserId(id));
        redirect.addFlashAttribute("success", revoked == 1 ? "Ended 1 API token" : "Ended " + revoked + " API tokens");
        return "redirect:/users/" + id;
    }

    private Map<OrganisationId, String> organisationNames() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }

}
