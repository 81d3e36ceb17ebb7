package org.anchorage.matching.web;

import java.util.List;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.matching.Matching;
import org.anchorage.matching.Proposal;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The navigator's matching page: the proposed assignment with reasons, and the pairs they confirm. */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class MatchingController {

    static final String MATCHING = "matching/matching";

    private final Matching matching;
    private final Programmes programmes;

    MatchingController(Matching matching, Programmes programmes) {
        this.matching = matching;
        this.programmes = programmes;
    }

    /**
     * A programme's cohort, one placement's best matches, or (from a person's record) the placements for
     * one person: {@code participant} on its own, since their programme is known.
     */
    @GetMapping("/matching")
    String matching(@RequestParam(required = false) UUID programme, @RequestParam(required = false) UUID placement,
                    @RequestParam(required = false) UUID participant, Model model) {
        SignedInUser user = CurrentUser.require();
        List<Programme> visible = programmes.visibleTo(user);
        model.addAttribute("programmes", visible);
        if (participant != null) {
            Matching.ForPerson theirs = matching.proposeFor(new ParticipantId(participant), user);
            model.addAttribute("proposal", theirs.proposal());
            model.addAttribute("programmeId", theirs.programme().value());
            model.addAttribute("participantId", participant);
            model.addAttribute("personName", theirs.name());
            return MATCHING;
        }
        if (programme != null && visible.stream().anyMatch(p -> p.id().value().equals(programme))) {
            Proposal proposal = matching.propose(new ProgrammeId(programme), placement, user);
            model.addAttribute("proposal", proposal);
            model.addAttribute("programmeId", programme);
            model.addAttribute("placementId", placement);
        }
        return MATCHING;
    }

    @PostMapping("/matching/confirmations")
    String confirm(@RequestParam(required = false) UUID programme, @RequestParam(required = false) UUID placement,
                   @RequestParam(required = false) UUID participant,
                   @RequestParam(name = "pairs", required = false) List<String> pairs, Model model, RedirectAttributes redirect) {
        try {
            if (programme == null) {
                throw new RuleViolation("programme", "Choose a programme");
            }
            int confirmed = matching.confirm(new ProgrammeId(programme), pairs, CurrentUser.require());
            if (participant != null) {
                // Back to the person's placements, where each new suggestion links to its page.
                redirect.addFlashAttribute("success", confirmed + (confirmed == 1 ? " suggestion" : " suggestions")
                        + " confirmed. Put them forward from each placement's page when they agree.");
                return "redirect:/participants/" + participant + "/placements";
            }
            redirect.addFlashAttribute("success", confirmed + (confirmed == 1 ? " suggestion" : " suggestions")
                    + " confirmed. Put each person forward from the placements list when they agree.");
            return "redirect:/placements";
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + e.field(), e.getMessage()))));
            return matching(programme, placement, participant, model);
        }
    }
}
