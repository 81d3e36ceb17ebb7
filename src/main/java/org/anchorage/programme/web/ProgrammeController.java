package org.anchorage.programme.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.Role;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.Organisations;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programme managers (and administrators) add programmes and change their status, dates and members. */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    static final String LIST = "programme/programmes";
    static final String FORM = "programme/programme-form";

    private final Programmes programmes;
    private final Organisations organisations;

    ProgrammeController(Programmes programmes, Organisations organisations) {
        this.programmes = programmes;
        this.organisations = organisations;
    }

    @ModelAttribute("statuses")
    ProgrammeStatus[] statuses() {
        return ProgrammeStatus.values();
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER', 'NAVIGATOR')")
    String list(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("programmes", programmes.visibleTo(user));
        model.addAttribute("canManage", user.has(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER));
        model.addAttribute("organisationNames", organisations.all().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name)));
        return LIST;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
    String newProgramme(Model model) {
        model.addAttribute("form", new ProgrammeForm());
        model.addAttribute("organisations", organisations.all());
        return FORM;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        ProgrammeDetails details = details(form, result);
        if (!result.hasErrors()) {
            try {
                Programme added = programmes.add(details, null, CurrentUser.require());
                redirect.addFlashAttribute("success", "Added " + added.name());
                return "redirect:/programmes";
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        return reshow(result, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
    String edit(@PathVariable UUID id, Model model) {
        Programme programme = programmes.getManagedBy(new ProgrammeId(id), CurrentUser.require());
        model.addAttribute("decidesWhoTakesPart", programmes.decidesWhoTakesPart(programme.id(), CurrentUser.require()));
        model.addAttribute("programme", programme);
        model.addAttribute("form", ProgrammeForm.of(programme.name(), programme.status().code(), programme.startsOn(),
                programme.endsOn(), programme.description(),
                programme.organisations().stream().map(OrganisationId::value).toList(), programme.contact()));
        model.addAttribute("organisations", organisations.all());
        return FORM;
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Programme programme = programmes.getManagedBy(new ProgrammeId(id), CurrentUser.require());
        model.addAttribute("decidesWhoTakesPart", programmes.decidesWhoTakesPart(programme.id(), CurrentUser.require()));
        ProgrammeDetails details = details(form, result);
        if (!result.hasErrors()) {
            try {
                programmes.change(programme.id(), details, CurrentUser.require());
                redirect.addFlashAttribute("success", "Saved " + details.name().strip());
                return "redirect:/programmes";
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        model.addAttribute("programme", programme);
        return reshow(result, model);
    }

    private String reshow(BindingResult result, Model model) {
        model.addAttribute("errorSummary", ErrorSummary.of(result, ProgrammeForm.FIELDS));
        model.addAttribute("organisations", organisations.all());
        return FORM;
    }

    private static ProgrammeDetails details(ProgrammeForm form, BindingResult result) {
        ProgrammeStatus status = ProgrammeStatus.fromCode(form.getStatus()).orElse(null);
        if (status == null && !result.hasFieldErrors("status")) {
            result.rejectValue("status", "invalid", "Choose the programme's status from the list");
        }
        LocalDate startsOn = form.startsOn(result);
        LocalDate endsOn = form.endsOn(result);
        Set<OrganisationId> members = form.getOrganisationIds().stream().map(OrganisationId::new).collect(Collectors.toSet());
        return new ProgrammeDetails(form.getName() == null ? "" : form.getName(), status, startsOn, endsOn,
                form.getDescription(), members, form.contact());
    }

}
