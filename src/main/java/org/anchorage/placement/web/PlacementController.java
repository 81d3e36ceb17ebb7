package org.anchorage.placement.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.CheckStandard;
import org.anchorage.placement.Employers;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.placement.ShiftPattern;
import org.anchorage.plan.Plans;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Placements: the employer posts them; everyone works from the list of placements and candidates. */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYER', 'NAVIGATOR', 'PROGRAMME_MANAGER')")
class PlacementController {

    static final String LIST = "placement/placements";
    static final String NEW = "placement/placement-new";
    static final String PLACEMENT = "placement/placement";

    private final Placements placements;
    private final Employers employers;
    private final Programmes programmes;
    private final Participants participants;

    PlacementController(Placements placements, Employers employers, Programmes programmes, Participants participants) {
        this.placements = placements;
        this.employers = employers;
        this.programmes = programmes;
        this.participants = participants;
    }

    @GetMapping("/placements")
    String list(Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("placements", placements.offers(user));
        model.addAttribute("worklist", placements.worklist(user));
        model.addAttribute("offerToStart", placements.offerToStart(user));
        model.addAttribute("isEmployer", user.has(Role.EMPLOYER));
        return LIST;
    }

    @GetMapping("/placements/new")
    @PreAuthorize("hasRole('EMPLOYER')")
    String newPlacement(Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("programmes", programmes.visibleTo(user).stream()
                .filter(p -> p.organisations().contains(user.organisationId())).toList());
        model.addAttribute("sites", employers.sites(user));
        model.addAttribute("supervisors", employers.supervisors(user));
        model.addAttribute("roleFamilies", Plans.ROLE_FAMILIES);
        model.addAttribute("bands", placements.afcBands());
        model.addAttribute("shifts", ShiftPattern.values());
        model.addAttribute("dbsLevels", Placements.DBS_LEVELS);
        model.addAttribute("standards", CheckStandard.values());
        if (model.getAttribute("form") == null) {
            TypedForm.show(model, PlacementForm.blank(), null);
        }
        return NEW;
    }

    @PostMapping("/placements")
    @PreAuthorize("hasRole('EMPLOYER')")
    String post(@Valid @ModelAttribute("placementForm") PlacementForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Placements.NewPlacement command = form.toCommand(result);
        if (command != null) {
            try {
                PlacementOffer offer = placements.post(command, CurrentUser.require());
                redirect.addFlashAttribute("success", "Posted the placement " + offer.title());
                return "redirect:/placements/" + offer.id();
            } catch (RuleViolation e) {
                Forms.rule(result, e);
            }
        }
        Forms.errors(model, result, PlacementForm.FIELDS);
        TypedForm.show(model, form.typed(), result);
        model.addAttribute("checkedStandards", form.checksBeforeStart() == null ? List.of() : form.checksBeforeStart());
        return newPlacement(model);
    }

    @GetMapping("/placements/{id}")
    String placement(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        PlacementOffer offer = placements.offer(id, user);
        model.addAttribute("placement", offer);
        model.addAttribute("roleFamily", Plans.ROLE_FAMILIES.get(offer.roleFamily()));
        model.addAttribute("dbsLevel", Placements.DBS_LEVELS.get(offer.dbsLevel()));
        model.addAttribute("candidates", placements.candidatesOn(id, user));
        model.addAttribute("isEmployer", user.has(Role.EMPLOYER));
        model.addAttribute("caseload", user.has(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)
                ? participants.caseload(user, "", null).stream().filter(e -> e.participant().programme().equals(offer.programme())).toList()
                : List.of());
        Integer oldest = placements.oldestLegalAge(offer.hourlyPayPence(), offer.startsOn());
        model.addAttribute("oldestLegalAge", oldest);
        return PLACEMENT;
    }

    @PostMapping("/placements/{id}/closure")
    @PreAuthorize("hasRole('EMPLOYER')")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        placements.close(id, CurrentUser.require());
        redirect.addFlashAttribute("success", "Closed to new candidates");
        return "redirect:/placements/" + id;
    }

    /** A navigator suggests someone from their caseload directly (matching suggests whole cohorts). */
    @PostMapping("/placements/{id}/candidates")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String suggest(@PathVariable UUID id, @RequestParam(required = false) String participantId, Model model,
                   RedirectAttributes redirect) {
        try {
            UUID participant;
            try {
                participant = UUID.fromString(String.valueOf(participantId).strip());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("participantId", "Choose who to suggest");
            }
            UUID candidate = placements.suggest(id, new ParticipantId(participant), null, "Chosen by their navigator",
                    CurrentUser.require());
            return "redirect:/placements/candidates/" + candidate;
        } catch (RuleViolation e) {
            Forms.error(model, e);
            return placement(id, model);
        }
    }
}
