package org.anchorage.placement.web;

import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Placements;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The placements section of a participant's record: every placement they were suggested for or are on,
 * each leading to its candidate page, and the way into matching for this one person.
 */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class RecordPlacementsController {

    private final Participants participants;
    private final Placements placements;

    RecordPlacementsController(Participants participants, Placements placements) {
        this.participants = participants;
        this.placements = placements;
    }

    @GetMapping("/participants/{id}/placements")
    String placements(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        model.addAttribute("record", participants.summary(participant, user, "placements"));
        model.addAttribute("placements", placements.ofParticipant(participant, user));
        return "placement/record-placements";
    }
}
