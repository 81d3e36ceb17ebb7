package org.anchorage.eligibility.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.eligibility.EligibilityChecks;
import org.anchorage.eligibility.EligibilityDecision;
import org.anchorage.eligibility.EligibilityInputs;
import org.anchorage.eligibility.Screening;
import org.anchorage.eligibility.ScreeningId;
import org.anchorage.eligibility.Screenings;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.EmploymentStatus;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.shared.web.RequiresRecentPassword;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Staff and partners check one person, or screen a list, against a programme's rules. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER', 'NAVIGATOR', 'REFERRAL_PARTNER')")
class EligibilityController {

    static final String HUB = "eligibility/hub";
    static final String CHECK = "eligibility/check";
    static final String DECISION = "eligibility/decision";
    static final String SCREENINGS = "eligibility/screenings";
    static final String SCREENING = "eligibility/screening";

    private final Programmes programmes;
    private final EligibilityChecks checks;
    private final Screenings screenings;

    EligibilityController(Programmes programmes, EligibilityChecks checks, Screenings screenings) {
        this.programmes = programmes;
        this.checks = checks;
        this.screenings = screenings;
    }

    @ModelAttribute("employmentStatuses")
    EmploymentStatus[] employmentStatuses() {
        return EmploymentStatus.values();
    }

    @GetMapping("/eligibility")
    String hub(Model model) {
        model.addAttribute("programmes", checks.programmesFor(CurrentUser.require()));
        return HUB;
    }

    @GetMapping("/programmes/{id}/eligibility-check")
    String checkForm(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", visible(id));
        model.addAttribute("form", new CheckForm());
        return CHECK;
    }

    @PostMapping("/programmes/{id}/eligibility-check")
    String check(@PathVariable UUID id, @Valid @ModelAttribute("form") CheckForm form, BindingResult result, Model model) {
        Programme programme = visible(id);
        LocalDate dob = form.dateOfBirth(result);
        EmploymentStatus status = null;
        if (form.getEmploymentStatus() != null && !form.getEmploymentStatus().isBlank()) {
            status = EmploymentStatus.fromCode(form.getEmploymentStatus()).orElse(null);
            if (status == null) {
                result.rejectValue("employmentStatus", "invalid", "Choose an employment status from the list");
            }
        }
        Boolean rightToWork = switch (form.getRightToWork() == null ? "" : form.getRightToWork()) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
        if (!result.hasErrors()) {
            try {
                EligibilityDecision decision = checks.check(programme.id(),
                        new EligibilityInputs(form.getPostcode(), dob, status, rightToWork), CurrentUser.require());
                model.addAttribute("programme", programme);
                model.addAttribute("decision", decision);
                model.addAttribute("dataRelease", checks.dataRelease());
                return DECISION;
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        model.addAttribute("programme", programme);
        model.addAttribute("errorSummary", ErrorSummary.of(result, CheckForm.FIELDS));
        return CHECK;
    }

    @GetMapping("/programmes/{id}/screenings")
    String screenings(@PathVariable UUID id, Model model) {
        Programme programme = visible(id);
        model.addAttribute("programme", programme);
        model.addAttribute("screenings", screenings.forProgramme(programme.id(), CurrentUser.require()));
        return SCREENINGS;
    }

    @PostMapping("/programmes/{id}/screenings")
    String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        Programme programme = visible(id);
        String problem = null;
        if (file == null || file.isEmpty()) {
            problem = "Choose a CSV file to upload";
        } else {
            try (InputStream in = file.getInputStream()) {
                Screening screening = screenings.start(programme.id(), CurrentUser.require(), in, file.getOriginalFilename());
                return "redirect:/screenings/" + screening.id();
            } catch (RuleViolation e) {
                problem = e.getMessage();
            }
        }
        model.addAttribute("programme", programme);
        model.addAttribute("screenings", screenings.forProgramme(programme.id(), CurrentUser.require()));
        model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#file", problem))));
        model.addAttribute("fileError", problem);
        return SCREENINGS;
    }

    @GetMapping("/screenings/{id}")
    String screening(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        Screening screening = screenings.get(new ScreeningId(id), user);
        model.addAttribute("screening", screening);
        model.addAttribute("programme", programmes.get(screening.programme()));
        return SCREENING;
    }

    @GetMapping("/screenings/{id}/result.csv")
    @RequiresRecentPassword
    ResponseEntity<Resource> download(@PathVariable UUID id) throws IOException {
        // Streamed from the database a megabyte at a time, so any node serves it.
        var file = screenings.result(new ScreeningId(id), CurrentUser.require());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"screening-" + id + ".csv\"")
                .body(new org.springframework.core.io.InputStreamResource(file));
    }

    @ExceptionHandler(Screenings.ScreeningNotReady.class)
    String notReady(Screenings.ScreeningNotReady e, jakarta.servlet.http.HttpServletRequest request) {
        return "redirect:" + request.getRequestURI().replace("/result.csv", "");
    }

    private Programme visible(UUID id) {
        return checks.programmeFor(new ProgrammeId(id), CurrentUser.require());
    }
}
