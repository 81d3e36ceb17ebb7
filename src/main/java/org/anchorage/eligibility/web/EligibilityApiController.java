package org.anchorage.eligibility.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.eligibility.AreaFacts;
import org.anchorage.eligibility.EligibilityChecks;
import org.anchorage.eligibility.EligibilityDecision;
import org.anchorage.eligibility.EligibilityInputs;
import org.anchorage.eligibility.Screening;
import org.anchorage.eligibility.ScreeningId;
import org.anchorage.eligibility.Screenings;
import org.anchorage.identity.CurrentUser;
import org.anchorage.programme.EmploymentStatus;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ApiProblems;
import org.anchorage.shared.web.RequiresRecentPassword;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Single eligibility checks and bulk screenings (CONTRACTS.md). Funders and participants never see a person. */
@RestController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER', 'NAVIGATOR', 'REFERRAL_PARTNER')")
class EligibilityApiController {

    private final EligibilityChecks checks;
    private final Screenings screenings;
    private final org.springframework.validation.SmartValidator validator;

    EligibilityApiController(EligibilityChecks checks, Screenings screenings,
                             org.springframework.validation.SmartValidator validator) {
        this.checks = checks;
        this.screenings = screenings;
        this.validator = validator;
    }

    record CheckRequest(
            @NotBlank(message = "Enter a postcode") @Size(max = 16, message = "must be 16 characters or fewer") String postcode,
            @NotNull(message = "Give a date of birth as YYYY-MM-DD") LocalDate dateOfBirth,
            String employmentStatus,
            Boolean rightToWork) {}

    record Reason(String code, String message) {}

    record Imd(String edition, Integer rank, Integer decile, String lsoaCode, String lsoaName, String localAuthorityCode,
               String localAuthorityName, boolean approximatedFrom2011) {}

    record CheckResponse(boolean eligible, List<Reason> reasons, Imd imd, Instant checkedAt, int rulesVersion,
                         String dataRelease, CheckRequest inputs) {}

    @PostMapping("/api/v1/programmes/{id}/eligibility-checks")
    CheckResponse check(@PathVariable UUID id, @RequestBody CheckRequest request) throws Exception {
        // The programme first, so someone outside it learns nothing from the validation of what they sent.
        checks.programmeFor(new ProgrammeId(id), CurrentUser.require());
        var errors = new org.springframework.validation.BeanPropertyBindingResult(request, "request");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            throw new org.springframework.web.bind.MethodArgumentNotValidException(new org.springframework.core.MethodParameter(
                    EligibilityApiController.class.getDeclaredMethod("check", UUID.class, CheckRequest.class), 1), errors);
        }
        EmploymentStatus status = request.employmentStatus() == null || request.employmentStatus().isBlank() ? null
                : EmploymentStatus.fromCode(request.employmentStatus()).orElseThrow(() -> new RuleViolation("employmentStatus",
                        "Unknown employment status " + request.employmentStatus() + "; use unemployed, economically-inactive, neet or employed"));
        EligibilityDecision decision = checks.check(new ProgrammeId(id),
                new EligibilityInputs(request.postcode(), request.dateOfBirth(), status, request.rightToWork()),
                CurrentUser.require());
        AreaFacts area = decision.area();
        Imd imd = new Imd(decision.edition().code(), decision.rank(), decision.decile(),
                area == null ? null : area.lsoaCode(), area == null ? null : area.lsoaName(),
                area == null ? null : area.localAuthorityCode(), area == null ? null : area.localAuthorityName(),
                area != null && decision.edition() == org.anchorage.programme.ImdEdition.IOD2019 && area.imd2019Approximated());
        return new CheckResponse(decision.eligible(),
                decision.reasons().stream().map(r -> new Reason(r.code(), r.message())).toList(), imd,
                decision.checkedAt(), decision.rulesVersion(), checks.dataRelease(), request);
    }

    record ScreeningView(UUID id, String status, int totalRows, int processedRows, int eligibleRows, int ineligibleRows,
                         int rejectedRows, String failure) {
        static ScreeningView of(Screening s) {
            return new ScreeningView(s.id().value(), s.status().code(), s.totalRows(), s.processedRows(), s.eligibleRows(),
                    s.ineligibleRows(), s.rejectedRows(), s.failure());
        }
    }

    @PostMapping(value = "/api/v1/programmes/{id}/screenings", consumes = {"text/csv", "application/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ScreeningView> screen(@PathVariable UUID id, HttpServletRequest request) throws IOException {
        Screening screening = screenings.start(new ProgrammeId(id), CurrentUser.require(), request.getInputStream(),
                "upload.csv");
        return ResponseEntity.accepted().location(URI.create("/api/v1/screenings/" + screening.id()))
                .body(ScreeningView.of(screening));
    }

    @GetMapping("/api/v1/screenings/{id}")
    ScreeningView screening(@PathVariable UUID id) {
        return ScreeningView.of(screenings.get(new ScreeningId(id), CurrentUser.require()));
    }

    @GetMapping("/api/v1/screenings/{id}/result.csv")
    @RequiresRecentPassword
    ResponseEntity<Resource> result(@PathVariable UUID id) throws IOException {
        // Streamed from the database a megabyte at a time, so any node serves it.
        var file = screenings.result(new ScreeningId(id), CurrentUser.require());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"screening-" + id + ".csv\"")
                .body(new org.springframework.core.io.InputStreamResource(file));
    }

    @ExceptionHandler(Screenings.ScreeningNotReady.class)
    ResponseEntity<ProblemDetail> notReady(Screenings.ScreeningNotReady e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ApiProblems.problem(HttpStatus.CONFLICT, "Not ready", e.getMessage(), null));
    }
}
