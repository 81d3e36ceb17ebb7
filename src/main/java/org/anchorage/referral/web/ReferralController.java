package org.anchorage.referral.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.PostalAddress;
import org.anchorage.referral.Referral;
import org.anchorage.referral.ReferralId;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.calendar.WorkingDays;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partners refer people and follow their own referrals; navigators triage the queue. */
@Controller
class ReferralController {

    static final String LIST = "referral/referrals";
    static final String NEW = "referral/referral-new";
    static final String SHOW = "referral/referral";
    static final String QUEUE = "referral/triage";
    static final String TRIAGE = "referral/triage-referral";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The form's field for each part of a postal address. */
    static final Map<String, String> FORM_FIELD = Map.of("line1", "addressLine1", "line2", "addressLine2", "town", "town");

    private final Referrals referrals;
    private final Programmes programmes;
    private final Users users;
    private final WorkingDays workingDays;
    private final Clock clock;

    ReferralController(Referrals referrals, Programmes programmes, Users users, WorkingDays workingDays, Clock clock) {
        this.referrals = referrals;
        this.programmes = programmes;
        this.users = users;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @GetMapping("/referrals")
    @PreAuthorize("hasRole('REFERRAL_PARTNER')")
    String list(Model model) {
        model.addAttribute("referrals", referrals.ofMyOrganisation(CurrentUser.require()));
        return LIST;
    }

    @GetMapping("/referrals/new")
    @PreAuthorize("hasRole('REFERRAL_PARTNER')")
    String newReferral(Model model) {
        model.addAttribute("form", new PartnerReferralForm());
        return form(model);
    }

    @PostMapping("/referrals")
    @PreAuthorize("hasRole('REFERRAL_PARTNER')")
    String refer(@Valid @ModelAttribute("form") PartnerReferralForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = null;
        try {
            programme = new ProgrammeId(UUID.fromString(String.valueOf(form.getProgrammeId())));
        } catch (IllegalArgumentException e) {
            result.rejectValue("programmeId", "required", "Choose the programme");
        }
        LocalDate dob = form.dateOfBirth(result);
        ContactPreference contact = ContactPreference.fromCode(String.valueOf(form.getContactPreference())).orElse(null);
        if (contact == null) {
            result.rejectValue("contactPreference", "required", "Choose how the person would like to be contacted");
        }
        if (blank(form.getEmail()) && blank(form.getPhone())) {
            result.rejectValue("email", "required", "Give an email address or a phone number");
        }
        PostalAddress address = new PostalAddress(form.getAddressLine1(), form.getAddressLine2(), form.getTown());
        address.problems(contact).forEach((part, message) -> result.rejectValue(FORM_FIELD.get(part), "address", message));
        if (!form.isConsent()) {
            result.rejectValue("consent", "required", "Confirm the person agreed to the privacy notice");
        }
        List<WorkInterest> interests = form.getWorkInterests().stream().map(WorkInterest::fromCode)
                .flatMap(java.util.Optional::stream).toList();
        if (!result.hasErrors()) {
            try {
                Referral referral = referrals.receiveFromPartner(new NewReferral(programme, form.getGivenName(),
                        form.getFamilyName(), dob, form.getPostcode(), form.getEmail(), form.getPhone(), contact, interests,
                        Referrals.PRIVACY_NOTICE_VERSION, true, form.getSourceDetail(),
                        user.id() + ":" + form.getSubmissionKey()).withAddress(address), user);
                redirect.addFlashAttribute("success", "Referred " + referral.fullName() + ": reference " + referral.reference());
                return "redirect:/referrals/" + referral.id();
            } catch (RuleViolation e) {
                result.rejectValue(FORM_FIELD.getOrDefault(e.field().replace("address.", ""), e.field()), "rule", e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, PartnerReferralForm.FIELDS));
        return form(model);
    }

    @GetMapping("/referrals/{id}")
    @PreAuthorize("hasRole('REFERRAL_PARTNER')")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("referral", referrals.open(new ReferralId(id), CurrentUser.require()));
        model.addAttribute("programmeNames", programmeNames());
        return SHOW;
    }

    @GetMapping("/triage")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String queue(Model model) {
        List<Referral> waiting = referrals.waiting(CurrentUser.require());
        // Service level: acknowledge within 2 working days of arrival; overdue ones come first.
        var holidays = workingDays.holidays();
        LocalDate today = LocalDate.now(clock);
        Map<ReferralId, LocalDate> due = waiting.stream().collect(Collectors.toMap(Referral::id,
                r -> WorkingDays.add(LocalDate.ofInstant(r.receivedAt(), LONDON), 2, holidays)));
        List<Referral> ordered = waiting.stream()
                .sorted(java.util.Comparator.comparing((Referral r) -> !(r.acknowledgedAt() == null && today.isAfter(due.get(r.id()))))
                        .thenComparing(Referral::receivedAt))
                .toList();
        model.addAttribute("referrals", ordered);
        model.addAttribute("due", due);
        model.addAttribute("today", today);
        model.addAttribute("ages", ordered.stream().collect(Collectors.toMap(Referral::id,
                r -> java.time.Period.between(r.dateOfBirth(), today).getYears())));
        model.addAttribute("programmeNames", programmeNames());
        return QUEUE;
    }

    @GetMapping("/triage/{id}")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String triage(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        Referral referral = referrals.open(new ReferralId(id), user);
        model.addAttribute("referral", referral);
        model.addAttribute("duplicates", referrals.possibleDuplicates(referral));
        model.addAttribute("history", referrals.history(referral.id()));
        List<UserAccount> navigators = navigators(user);
        model.addAttribute("navigators", navigators);
        model.addAttribute("navigatorName", navigators.stream().filter(n -> n.id().equals(referral.navigator()))
                .map(UserAccount::displayName).findFirst().orElse(null));
        model.addAttribute("programmeNames", programmeNames());
        model.addAttribute("me", user.id().value());
        return TRIAGE;
    }

    @PostMapping("/triage/{id}")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String action, @RequestParam(defaultValue = "-1") int version,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String navigatorId,
                  @RequestParam(required = false) String into, Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ReferralId referral = new ReferralId(id);
        try {
            switch (action == null ? "" : action) {
                case "accept" -> {
                    Referrals.Accepted accepted = referrals.accept(referral, version, userId(navigatorId), user);
                    if (accepted.mayOpenRecord()) {
                        redirect.addFlashAttribute("participantId", accepted.participant().toString());
                    }
                }
                case "decline" -> referrals.decline(referral, version, reason, user);
                case "signpost" -> referrals.signpost(referral, version, reason, user);
                case "allocate" -> {
                    UserId navigator = userId(navigatorId);
                    if (navigator == null) {
                        throw new RuleViolation("navigatorId", "Choose a navigator");
                    }
                    referrals.allocate(referral, version, navigator, user);
                }
                case "merge" -> referrals.merge(referral, version, new ReferralId(UUID.fromString(String.valueOf(into))), user);
                default -> throw new RuleViolation("action", "Choose what to do with this referral");
            }
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + e.field(), e.getMessage()))));
            return triage(id, model);
        } catch (IllegalArgumentException e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#into", "Choose the referral to merge into"))));
            return triage(id, model);
        }
        // Accepting, declining and signposting confirm on the referral's page, with where to go next;
        // that page shows its own banner, with links, in place of the layout's plain one.
        switch (action) {
            case "accept", "decline", "signpost" -> redirect.addFlashAttribute("decided", action);
            case "merge" -> redirect.addFlashAttribute("success", "Merged: both histories are kept on the other referral");
            case "allocate" -> redirect.addFlashAttribute("success", "Allocated");
            default -> redirect.addFlashAttribute("success", "Saved");
        }
        // A navigator who accepted someone onto a colleague's caseload no longer sees the referral: back to the queue.
        boolean stillSeen = referrals.mayOpen(referral, user);
        if (!stillSeen) {
            Referral decided = referrals.get(referral);
            String whose = navigators(user).stream().filter(n -> n.id().equals(decided.navigator())).map(UserAccount::displayName)
                    .findFirst().orElse("a colleague");
            redirect.addFlashAttribute("success", decided.fullName() + " is now a participant. They are on " + whose + "’s caseload.");
        }
        return "merge".equals(action) || !stillSeen ? "redirect:/triage" : "redirect:/triage/" + id;
    }

    private String form(Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("programmes", programmes.visibleTo(user).stream().filter(p -> p.status() == ProgrammeStatus.OPEN).toList());
        model.addAttribute("interests", WorkInterest.values());
        model.addAttribute("contactOptions", ContactPreference.values());
        model.addAttribute("privacyVersion", Referrals.PRIVACY_NOTICE_VERSION);
        return NEW;
    }

    private List<UserAccount> navigators(SignedInUser user) {
        return users.inOrganisationWithRole(user.organisationId(), Role.NAVIGATOR);
    }

    private Map<ProgrammeId, String> programmeNames() {
        return programmes.all().stream().collect(Collectors.toMap(Programme::id, Programme::name));
    }

    private static UserId userId(String value) {
        try {
            return value == null || value.isBlank() ? null : new UserId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
