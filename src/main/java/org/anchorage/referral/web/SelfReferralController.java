package org.anchorage.referral.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.PostalAddress;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Residents refer themselves, one question a page, in plain English (or easy read), then check their
 * answers and send. No sign-in. Nobody is told "no" here: every referral goes to a navigator.
 */
@Controller
class SelfReferralController {

    static final String START = "referral/self-start";
    static final String QUESTION = "referral/self-question";
    static final String CHECK = "referral/self-check";
    static final String DONE = "referral/self-done";
    static final List<String> STEPS = List.of("programme", "name", "date-of-birth", "postcode", "contact", "interests", "consent");
    private static final String ANSWERS = "anchorage.selfReferral";
    private static final String EASY_READ = "anchorage.easyRead";

    private final Programmes programmes;
    private final Referrals referrals;
    private final Clock clock;

    SelfReferralController(Programmes programmes, Referrals referrals, Clock clock) {
        this.programmes = programmes;
        this.referrals = referrals;
        this.clock = clock;
    }

    @GetMapping("/self-referral")
    String start(@RequestParam(name = "easy-read", required = false) String easyRead, HttpSession session, Model model) {
        if (easyRead != null) {
            session.setAttribute(EASY_READ, easyRead.equals("yes"));
        }
        model.addAttribute("easyRead", Boolean.TRUE.equals(session.getAttribute(EASY_READ)));
        model.addAttribute("open", !open().isEmpty());
        return START;
    }

    @PostMapping("/self-referral")
    String begin(HttpSession session) {
        session.setAttribute(ANSWERS, new SelfReferralAnswers());
        return "redirect:/self-referral/" + firstStep();
    }

    @GetMapping("/self-referral/{step}")
    String question(@PathVariable String step, HttpSession session, Model model, RedirectAttributes redirect) {
        SelfReferralAnswers answers = answers(session);
        if (!STEPS.contains(step) || answers == null) {
            return "redirect:/self-referral";
        }
        String missing = firstMissingBefore(step, answers);
        if (missing != null) {
            return toMissing(missing, redirect);
        }
        return page(step, answers, session, model, Map.of());
    }

    @PostMapping("/self-referral/{step}")
    String answer(@PathVariable String step, @RequestParam Map<String, String> form,
                  @RequestParam(name = "workInterests", required = false) List<String> interests,
                  @RequestParam(name = "change", required = false) String change, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        SelfReferralAnswers answers = answers(session);
        if (!STEPS.contains(step) || answers == null) {
            return "redirect:/self-referral";
        }
        String missing = firstMissingBefore(step, answers);
        if (missing != null) {
            return toMissing(missing, redirect);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        switch (step) {
            case "programme" -> {
                String id = form.getOrDefault("programmeId", "");
                if (open().stream().noneMatch(p -> p.id().toString().equals(id))) {
                    errors.put("programmeId", "Choose a programme");
                }
                answers.setProgrammeId(id);
            }
            case "name" -> {
                answers.setGivenName(trim(form.get("givenName")));
                answers.setFamilyName(trim(form.get("familyName")));
                text(answers.getGivenName(), "givenName", "Enter your first name", errors);
                text(answers.getFamilyName(), "familyName", "Enter your last name", errors);
            }
            case "date-of-birth" -> {
                answers.setDay(trim(form.get("day")));
                answers.setMonth(trim(form.get("month")));
                answers.setYear(trim(form.get("year")));
                String problem = dateProblem(answers);
                if (problem != null) {
                    errors.put("day", problem);
                }
            }
            case "postcode" -> {
                answers.setPostcode(trim(form.get("postcode")));
                if (answers.getPostcode().isEmpty()) {
                    errors.put("postcode", "Enter your postcode");
                } else if (answers.getPostcode().length() > 10 || !referralsAcceptPostcode(answers.getPostcode())) {
                    errors.put("postcode", "Enter a real postcode, like RM18 7AG");
                }
            }
            case "contact" -> {
                answers.setContactPreference(form.get("contactPreference"));
                answers.setEmail(trim(form.get("email")));
                answers.setPhone(trim(form.get("phone")));
                answers.setAddressLine1(trim(form.get("addressLine1")));
                answers.setAddressLine2(trim(form.get("addressLine2")));
                answers.setTown(trim(form.get("town")));
                ContactPreference how = ContactPreference.fromCode(String.valueOf(answers.getContactPreference())).orElse(null);
                if (how == null) {
                    errors.put("contactPreference", "Choose how you would like us to contact you");
                } else if (how == ContactPreference.EMAIL && !org.anchorage.shared.web.ContactFormats.isEmail(answers.getEmail())) {
                    errors.put("email", "Enter your email address, like name@example.com");
                } else if ((how == ContactPreference.PHONE || how == ContactPreference.TEXT) && !org.anchorage.shared.web.ContactFormats.isPhone(answers.getPhone())) {
                    errors.put("phone", "Enter your phone number, like 07700 900 982");
                }
                address(answers).problems(how).forEach((part, message) ->
                        errors.put(ReferralController.FORM_FIELD.get(part), message.replace("the address", "your address")));
            }
            case "interests" -> {
                List<String> chosen = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
                answers.setWorkInterests(chosen);
                if (chosen.isEmpty()) {
                    errors.put("workInterests", "Choose at least one, or choose \"I am not sure yet\"");
                } else if (chosen.stream().anyMatch(c -> WorkInterest.fromCode(c).isEmpty())) {
                    errors.put("workInterests", "Choose from the list");
                }
            }
            case "consent" -> {
                answers.setConsent("yes".equals(form.get("consent")));
                if (!answers.isConsent()) {
                    errors.put("consent", "Tick the box to say you agree, so we can help you");
                }
            }
            default -> { }
        }
        // Sessions live in the database: store the answers again so the change is saved, not just the object.
        session.setAttribute(ANSWERS, answers);
        if (!errors.isEmpty()) {
            return page(step, answers, session, model, errors);
        }
        if (change != null) {
            return "redirect:/self-referral/check";
        }
        int next = STEPS.indexOf(step) + 1;
        return next < STEPS.size() ? "redirect:/self-referral/" + STEPS.get(next) : "redirect:/self-referral/check";
    }

    @GetMapping("/self-referral/check")
    String check(HttpSession session, Model model, RedirectAttributes redirect) {
        SelfReferralAnswers answers = answers(session);
        if (answers == null) {
            return "redirect:/self-referral";
        }
        String missing = firstMissingBefore(null, answers);
        if (missing != null) {
            return toMissing(missing, redirect);
        }
        return checkPage(answers, session, model, null);
    }

    @PostMapping("/self-referral/check")
    String send(@RequestParam(name = "submissionKey", required = false) String key, HttpSession session, Model model,
                RedirectAttributes redirect) {
        SelfReferralAnswers answers = answers(session);
        if (answers == null) {
            // Already sent (the session's answers were cleared): the same key finds the referral.
            return "redirect:/self-referral";
        }
        String missing = firstMissingBefore(null, answers);
        if (missing != null) {
            // Sent before every question was answered (an old tab, a hand-made request): ask the first one missing.
            return toMissing(missing, redirect);
        }
        try {
            Referral referral = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(answers.getProgrammeId())),
                    answers.getGivenName(), answers.getFamilyName(), dateOfBirth(answers), answers.getPostcode(),
                    answers.getEmail(), answers.getPhone(), ContactPreference.fromCode(answers.getContactPreference()).orElseThrow(),
                    answers.getWorkInterests().stream().map(w -> WorkInterest.fromCode(w).orElseThrow()).toList(),
                    Referrals.PRIVACY_NOTICE_VERSION, answers.isConsent(), "self-referral form", answers.getSubmissionKey())
                    .withAddress(address(answers)));
            session.removeAttribute(ANSWERS);
            redirect.addFlashAttribute("reference", referral.reference());
            redirect.addFlashAttribute("programmeId", answers.getProgrammeId());
            return "redirect:/self-referral/confirmation";
        } catch (RuleViolation e) {
            return checkPage(answers, session, model, e.getMessage());
        }
    }

    @GetMapping("/self-referral/confirmation")
    String done(HttpSession session, Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/self-referral";
        }
        model.addAttribute("easyRead", Boolean.TRUE.equals(session.getAttribute(EASY_READ)));
        // The team the resident asked for help from, so they know how to reach it before anyone calls.
        Object programmeId = model.getAttribute("programmeId");
        programmes.find(new ProgrammeId(UUID.fromString(String.valueOf(programmeId)))).ifPresent(p -> {
            model.addAttribute("programmeName", p.name());
            model.addAttribute("team", p.contact());
        });
        return DONE;
    }

    private String page(String step, SelfReferralAnswers answers, HttpSession session, Model model, Map<String, String> errors) {
        model.addAttribute("step", step);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("easyRead", Boolean.TRUE.equals(session.getAttribute(EASY_READ)));
        model.addAttribute("programmes", open());
        model.addAttribute("interests", WorkInterest.values());
        model.addAttribute("contactOptions", ContactPreference.values());
        model.addAttribute("privacyVersion", Referrals.PRIVACY_NOTICE_VERSION);
        int index = STEPS.indexOf(step);
        model.addAttribute("back", index <= STEPS.indexOf(firstStep()) ? "/self-referral" : "/self-referral/" + STEPS.get(index - 1));
        if (!errors.isEmpty()) {
            model.addAttribute("errorSummary", new ErrorSummary(errors.entrySet().stream()
                    .map(e -> new ErrorSummary.Item("#" + e.getKey(), e.getValue())).toList()));
        }
        return QUESTION;
    }

    private String checkPage(SelfReferralAnswers answers, HttpSession session, Model model, String problem) {
        model.addAttribute("answers", answers);
        model.addAttribute("easyRead", Boolean.TRUE.equals(session.getAttribute(EASY_READ)));
        model.addAttribute("programme", programmes.find(new ProgrammeId(UUID.fromString(answers.getProgrammeId())))
                .map(Programme::name).orElse(""));
        model.addAttribute("dateOfBirth", dateOfBirth(answers));
        model.addAttribute("contact", ContactPreference.fromCode(answers.getContactPreference()).map(ContactPreference::label).orElse(""));
        model.addAttribute("address", address(answers));
        model.addAttribute("interestLabels", answers.getWorkInterests().stream()
                .map(w -> WorkInterest.fromCode(w).map(WorkInterest::label).orElse(w)).toList());
        model.addAttribute("showProgrammeQuestion", open().size() > 1);
        if (problem != null) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#main-content", problem))));
        }
        return CHECK;
    }

    /** The first question before {@code step} (or before the check page, when null) without a usable answer. */
    private String firstMissingBefore(String step, SelfReferralAnswers answers) {
        int end = step == null ? STEPS.size() : STEPS.indexOf(step);
        for (String earlier : STEPS.subList(0, end)) {
            if (!complete(earlier, answers)) {
                return earlier;
            }
        }
        return null;
    }

    private static String toMissing(String step, RedirectAttributes redirect) {
        redirect.addFlashAttribute("stepNotice", "We need your answer to this question first.");
        return "redirect:/self-referral/" + step;
    }

    private boolean complete(String step, SelfReferralAnswers a) {
        return switch (step) {
            case "programme" -> a.getProgrammeId() != null && open().stream().anyMatch(p -> p.id().toString().equals(a.getProgrammeId()));
            case "name" -> a.getGivenName() != null && !a.getGivenName().isEmpty() && a.getFamilyName() != null && !a.getFamilyName().isEmpty();
            case "date-of-birth" -> a.getDay() != null && dateProblem(a) == null;
            case "postcode" -> a.getPostcode() != null && !a.getPostcode().isEmpty();
            case "contact" -> ContactPreference.fromCode(String.valueOf(a.getContactPreference()))
                    .filter(how -> address(a).problems(how).isEmpty()).isPresent();
            case "interests" -> !a.getWorkInterests().isEmpty()
                    && a.getWorkInterests().stream().allMatch(w -> WorkInterest.fromCode(w).isPresent());
            case "consent" -> a.isConsent();
            default -> true;
        };
    }

    /** With one open programme there is nothing to choose: it is filled in and the question skipped. */
    private String firstStep() {
        return open().size() == 1 ? "name" : "programme";
    }

    private SelfReferralAnswers answers(HttpSession session) {
        SelfReferralAnswers answers = (SelfReferralAnswers) session.getAttribute(ANSWERS);
        List<Programme> open = open();
        if (answers != null && open.size() == 1 && (answers.getProgrammeId() == null || answers.getProgrammeId().isEmpty())) {
            answers.setProgrammeId(open.getFirst().id().toString());
            session.setAttribute(ANSWERS, answers);
        }
        return answers;
    }

    private List<Programme> open() {
        return programmes.all().stream().filter(p -> p.status() == ProgrammeStatus.OPEN).toList();
    }

    private boolean referralsAcceptPostcode(String postcode) {
        return postcode.replaceAll("\\s", "").matches("(?i)[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    }

    private String dateProblem(SelfReferralAnswers a) {
        if (blank(a.getDay()) && blank(a.getMonth()) && blank(a.getYear())) {
            return "Enter your date of birth";
        }
        if (blank(a.getDay()) || blank(a.getMonth()) || blank(a.getYear())) {
            return "Your date of birth must have a day, a month and a year";
        }
        LocalDate date = dateOfBirth(a);
        if (date == null) {
            return "Enter a real date of birth, like 15 3 2004";
        }
        if (date.isAfter(LocalDate.now(clock).minusYears(14))) {
            return "You must be 14 or older to use this form";
        }
        if (date.getYear() < 1900) {
            return "Enter a real date of birth, like 15 3 2004";
        }
        return null;
    }

    private static LocalDate dateOfBirth(SelfReferralAnswers a) {
        try {
            return LocalDate.of(Integer.parseInt(a.getYear()), Integer.parseInt(a.getMonth()), Integer.parseInt(a.getDay()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static void text(String value, String field, String message, Map<String, String> errors) {
        if (value.isEmpty()) {
            errors.put(field, message);
        } else if (value.length() > 100) {
            errors.put(field, "Your name must be 100 letters or fewer");
        }
    }

    private static PostalAddress address(SelfReferralAnswers a) {
        return new PostalAddress(a.getAddressLine1(), a.getAddressLine2(), a.getTown());
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
