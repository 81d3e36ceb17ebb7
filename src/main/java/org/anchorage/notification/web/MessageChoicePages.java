package org.anchorage.notification.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.Notifications;
import org.anchorage.participant.Participant;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Which messages a person gets: anyone signed in chooses for themself (Your account → Messages you get); a navigator
 * records a participant's choice on their record, where every message sent to them is listed with what became of it.
 * What the service must send is listed but cannot be turned off.
 */
@Controller
class MessageChoicePages {

    private final Notifications notifications;
    private final Participants participants;

    MessageChoicePages(Notifications notifications, Participants participants) {
        this.notifications = notifications;
        this.participants = participants;
    }

    @GetMapping("/account/messages")
    @PreAuthorize("isAuthenticated()")
    String mine(Model model) {
        Notifications.Preferences p = notifications.preferences(CurrentUser.require());
        model.addAttribute("optional", p.optional());
        model.addAttribute("optedOut", p.optedOut());
        model.addAttribute("required", p.required());
        return "notification/my-messages";
    }

    @PostMapping("/account/messages")
    @PreAuthorize("isAuthenticated()")
    String chooseMine(@RequestParam(name = "wanted", required = false) List<String> wanted, RedirectAttributes redirect) {
        notifications.keepOnly(wanted == null ? Set.of() : new HashSet<>(wanted), CurrentUser.require());
        redirect.addFlashAttribute("success", "Your choices are saved.");
        return "redirect:/account/messages";
    }

    @GetMapping("/participants/{id}/messages")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String onRecord(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId pid = new ParticipantId(id);
        model.addAttribute("record", participants.summary(pid, user, "messages"));
        Participant p = participants.open(pid, user);
        model.addAttribute("messages", notifications.onRecord(id, p.referral().value()));
        model.addAttribute("optional", MessageKind.optional(Set.of(MessageKind.RESIDENT)));
        model.addAttribute("optedOut", notifications.optedOut("participant:" + id));
        return "notification/participant-messages";
    }

    @PostMapping("/participants/{id}/messages")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String chooseFor(@PathVariable UUID id, @RequestParam(name = "wanted", required = false) List<String> wanted, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ParticipantId pid = new ParticipantId(id);
        if (!participants.mayActFor(pid, user)) {
            throw new org.anchorage.shared.RecordNotFound(Participants.RECORD_TYPE, id);
        }
        notifications.keepOnlyFor(id, wanted == null ? Set.of() : new HashSet<>(wanted), user);
        redirect.addFlashAttribute("success", "Their choices are saved.");
        return "redirect:/participants/" + id + "/messages";
    }
}
