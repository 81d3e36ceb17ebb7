package org.anchorage.notification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.MessageTemplate;
import org.anchorage.notification.MessageTemplates;
import org.anchorage.notification.Notifications;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: the outbox (how many messages are in each state, the ways to send that are set up, and every
 * message that failed, could not be delivered or was not sent, each with a retry), and the message templates.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OutboxPages {

    private final Notifications notifications;
    private final MessageTemplates templates;

    OutboxPages(Notifications notifications, MessageTemplates templates) {
        this.notifications = notifications;
        this.templates = templates;
    }

    @GetMapping("/notifications")
    String outbox(@RequestParam(name = "status", required = false) String status, Model model) {
        model.addAttribute("outbox", notifications.outbox(CurrentUser.require(), status == null || status.isBlank() ? null : status.strip()));
        return "notification/outbox";
    }

    @PostMapping("/notifications/retry")
    String retry(@RequestParam(name = "message", required = false) String message, RedirectAttributes redirect) {
        UUID id = uuid(message);
        if (id == null) {
            notifications.outbox(CurrentUser.require());
            redirect.addFlashAttribute("problem", "Choose a message to retry from the list");
            return "redirect:/notifications";
        }
        try {
            Notifications.Retried retried = notifications.retry(id, CurrentUser.require());
            redirect.addFlashAttribute("success", "Back in the queue, by " + retried.channel().toLowerCase(java.util.Locale.ROOT)
                    + (retried.readdressed() ? ", to their details as they are now" : ", as it was") + ". It goes in the next few seconds.");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/templates")
    String templates(Model model) {
        List<MessageTemplate> all = templates.all(CurrentUser.require());
        Map<MessageKind, List<MessageTemplate>> byKind = new LinkedHashMap<>();
        MessageKind.ALL.forEach(k -> byKind.put(k, all.stream().filter(t -> t.kind().equals(k.code())).toList()));
        model.addAttribute("byKind", byKind);
        return "notification/templates";
    }

    @GetMapping("/notifications/templates/edit")
    String edit(@RequestParam(name = "id", required = false) String id, Model model) {
        if (uuid(id) == null) {
            templates.all(CurrentUser.require());
            return "redirect:/notifications/templates";
        }
        MessageTemplate template = templates.get(templateId(id), CurrentUser.require());
        model.addAttribute("templateForm", TemplateForm.of(template));
        return render(template, model);
    }

    @PostMapping("/notifications/templates/edit")
    String save(@RequestParam(name = "id", required = false) String id, @ModelAttribute("templateForm") TemplateForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        if (uuid(id) == null) {
            templates.all(user);
            return "redirect:/notifications/templates";
        }
        MessageTemplate template = templates.get(templateId(id), user);
        List<RuleViolation> problems = templates.problemsWith(template, form.getSubject(), form.getBody(), form.getNotifyTemplateId());
        DateInput.rejectAll(result, problems);
        if (!result.hasErrors()) {
            templates.change(template.id(), form.getSubject(), form.getBody(), form.getNotifyTemplateId(), user);
            redirect.addFlashAttribute("success", "Saved: " + template.messageKind().label() + ", " + template.channelLabel().toLowerCase());
            return "redirect:/notifications/templates";
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, TemplateForm.FIELDS));
        return render(template, model);
    }

    @PostMapping("/notifications/templates/restore")
    String restore(@RequestParam(name = "id", required = false) String id, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        if (uuid(id) == null) {
            templates.all(user);
            return "redirect:/notifications/templates";
        }
        MessageTemplate template = templates.restore(templateId(id), user);
        redirect.addFlashAttribute("success", "Starting text put back: " + template.messageKind().label() + ", " + template.channelLabel().toLowerCase());
        return "redirect:/notifications/templates/edit?id=" + template.id();
    }

    private String render(MessageTemplate template, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("startingText", templates.startingText(template));
        model.addAttribute("kind", template.messageKind());
        model.addAttribute("notifySetUp", templates.notifySetUp());
        model.addAttribute("bodyMax", template.channel().equals("text") ? MessageTemplates.MAX_TEXT_LENGTH : 4000);
        return "notification/template";
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID templateId(String id) {
        try {
            return UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            throw new RecordNotFound(MessageTemplates.RECORD_TYPE, id);
        }
    }
}
