package org.anchorage.outcome.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outcome.CheckPoint;
import org.anchorage.outcome.JobChange;
import org.anchorage.outcome.JobChanges;
import org.anchorage.outcome.JobStart;
import org.anchorage.outcome.JobStarts;
import org.anchorage.outcome.SustainmentCheck;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job starts by API, for an employer's HR system or a provider's CRM acting as the person's navigator or a
 * manager of their programme: the same rules as the Work section's forms (404 for a person or start the caller
 * may not see, checked before the body is), every invalid field named in one problem.
 */
@RestController
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class JobStartApiController {

    private final JobStarts jobStarts;
    private final JobChanges jobChanges;

    JobStartApiController(JobStarts jobStarts, JobChanges jobChanges) {
        this.jobStarts = jobStarts;
        this.jobChanges = jobChanges;
    }

    /** Pay as a decimal number of pounds (12.71); {@code employerSector} nhs, social-care, other-health or other. */
    record NewJobStart(String employer, String employerSector, String role, String roleFamily, String afcBand, BigDecimal hourlyPay,
                       BigDecimal hoursPerWeek, Boolean confirmLongHours, String contractType, LocalDate startsOn, String evidence,
                       @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {}

    /** {@code status} same-job, another-job, promoted or left; leftOn and leftReason only when left. */
    record NewCheck(Integer weeks, LocalDate checkedOn, String status, BigDecimal hoursPerWeek, String evidence, String supportGiven,
                    LocalDate leftOn, String leftReason, @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {}

    /** {@code kind} pay-rise, more-hours, fewer-hours, promotion, new-role or other; a missing band keeps the band. */
    record NewChange(LocalDate changesOn, String kind, BigDecimal hourlyPay, BigDecimal hoursPerWeek, Boolean confirmLongHours,
                     String afcBand, String note, String evidence, @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {}

    record CheckView(UUID id, LocalDate checkedOn, String status, BigDecimal hoursPerWeek, String evidence) {}

    record CheckPointView(int weeks, LocalDate dueOn, LocalDate opensOn, LocalDate closesOn, String state, CheckView check) {
        static CheckPointView of(CheckPoint p) {
            SustainmentCheck c = p.check();
            return new CheckPointView(p.weeks(), p.dueOn(), p.opensOn(), p.closesOn(), p.state(),
                    c == null ? null : new CheckView(c.id(), c.checkedOn(), c.status(), c.hoursPerWeek(), c.evidence()));
        }
    }

    record ChangeView(UUID id, LocalDate changesOn, String kind, BigDecimal hourlyPay, BigDecimal hoursPerWeek, String afcBand,
                      String evidence, String summary) {
        static ChangeView of(JobChange c) {
            return new ChangeView(c.id(), c.changesOn(), c.kind(), BigDecimal.valueOf(c.hourlyPayPence(), 2), c.hoursPerWeek(),
                    c.afcBand(), c.evidence(), c.summary());
        }
    }

    record JobStartView(UUID id, UUID participantId, String employer, String employerSector, String role, String roleFamily,
                        String afcBand, BigDecimal hourlyPay, BigDecimal hoursPerWeek, String contractType, LocalDate startsOn,
                        String evidence, LocalDate leftOn, String leftReason, BigDecimal currentHourlyPay,
                        BigDecimal currentHoursPerWeek, String currentAfcBand, List<CheckPointView> checkPoints,
                        List<ChangeView> changes) {
        static JobStartView of(JobStart j) {
            return new JobStartView(j.id(), j.participant().value(), j.employer(), j.employerSector(), j.roleTitle(), j.roleFamily(),
                    j.afcBand(), BigDecimal.valueOf(j.hourlyPayPence(), 2), j.hoursPerWeek(), j.contractType(), j.startsOn(),
                    j.evidence(), j.leftOn(), j.leftReason(), BigDecimal.valueOf(j.currentPayPence(), 2), j.currentHoursPerWeek(),
                    j.currentBand(), j.points().stream().map(CheckPointView::of).toList(),
                    j.changes().stream().map(ChangeView::of).toList());
        }
    }

    @GetMapping("/api/v1/participants/{id}/job-starts")
    List<JobStartView> starts(@PathVariable UUID id) {
        return jobStarts.of(new ParticipantId(id), CurrentUser.require()).stream().map(JobStartView::of).toList();
    }

    @GetMapping("/api/v1/job-starts/{id}")
    JobStartView start(@PathVariable UUID id) {
        return JobStartView.of(jobStarts.one(id, CurrentUser.require()));
    }

    @PostMapping("/api/v1/participants/{id}/job-starts")
    ResponseEntity<?> record(@PathVariable UUID id, @RequestBody NewJobStart r) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = new ParticipantId(id);
        if (!jobStarts.mayRecord(participant, user)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
        List<Map<String, Object>> errors = unknown(r.unknown());
        Integer pence = pence(r.hourlyPay(), errors);
        BigDecimal hours = hours("hoursPerWeek", r.hoursPerWeek(), errors);
        JobStart.New n = new JobStart.New(r.employer(), r.employerSector(), r.role(), r.roleFamily(), r.afcBand(), pence, hours,
                Boolean.TRUE.equals(r.confirmLongHours()), r.contractType(), r.startsOn(), r.evidence());
        add(errors, jobStarts.problemsWith(participant, n), Map.of("roleTitle", "role"));
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        UUID created = jobStarts.record(participant, n, user);
        return ResponseEntity.created(URI.create("/api/v1/job-starts/" + created)).body(JobStartView.of(jobStarts.one(created, user)));
    }

    @PostMapping("/api/v1/job-starts/{id}/sustainment-checks")
    ResponseEntity<?> check(@PathVariable UUID id, @RequestBody NewCheck r) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = jobStarts.participantOf(id, user);
        List<Map<String, Object>> errors = unknown(r.unknown());
        BigDecimal hours = hours("hoursPerWeek", r.hoursPerWeek(), errors);
        // What the status makes meaningless is named, not dropped: a caller must not think a leaving date was kept.
        if (r.status() != null && JobStarts.CHECK_STATUSES.containsKey(r.status())) {
            boolean left = "left".equals(r.status());
            if (!left && r.leftOn() != null) {
                errors.add(ApiProblems.fieldError("leftOn", "Give the date the person left only with the status \"left\""));
            }
            if (!left && r.leftReason() != null) {
                errors.add(ApiProblems.fieldError("leftReason", "Give why the person left only with the status \"left\""));
            }
            if (left && r.hoursPerWeek() != null) {
                errors.add(ApiProblems.fieldError("hoursPerWeek", "Give the hours a week only when the person is still in work"));
            }
        }
        SustainmentCheck.New c = new SustainmentCheck.New(r.weeks(), r.checkedOn(), r.status(), hours, r.evidence(), r.supportGiven(),
                r.leftOn(), r.leftReason());
        add(errors, jobStarts.checkProblems(participant, id, c, user), Map.of("checkHours", "hoursPerWeek"));
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        jobStarts.recordCheck(participant, id, c, user);
        return ResponseEntity.created(URI.create("/api/v1/job-starts/" + id)).body(JobStartView.of(jobStarts.one(id, user)));
    }

    @PostMapping("/api/v1/job-starts/{id}/changes")
    ResponseEntity<?> change(@PathVariable UUID id, @RequestBody NewChange r) {
        SignedInUser user = CurrentUser.require();
        ParticipantId participant = jobStarts.participantOf(id, user);
        List<Map<String, Object>> errors = unknown(r.unknown());
        Integer pence = pence(r.hourlyPay(), errors);
        BigDecimal hours = hours("hoursPerWeek", r.hoursPerWeek(), errors);
        JobChange.New c = new JobChange.New(r.changesOn(), r.kind(), pence, hours, Boolean.TRUE.equals(r.confirmLongHours()),
                r.afcBand(), r.note(), r.evidence());
        add(errors, jobChanges.problemsWith(participant, id, c, user), Map.of());
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        jobChanges.record(participant, id, c, user);
        return ResponseEntity.created(URI.create("/api/v1/job-starts/" + id)).body(JobStartView.of(jobStarts.one(id, user)));
    }

    /**
     * A field the request does not have (a misspelling, or data this API does not take) is named rather than
     * dropped, so a caller never believes something was recorded that was not. Collected by {@link JsonAnySetter}
     * because the application's JSON reader ignores unknown fields everywhere else.
     */
    private static List<Map<String, Object>> unknown(Map<String, Object> fields) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (fields != null) {
            fields.keySet().stream().sorted().forEach(f -> errors.add(ApiProblems.fieldError(f, "is not a field of this request")));
        }
        return errors;
    }

    /** Pounds and pence to pence; an amount that is not one (a third decimal place, out of range) is named, not rounded. */
    private static Integer pence(BigDecimal pounds, List<Map<String, Object>> errors) {
        if (pounds == null) {
            return null;
        }
        if (pounds.scale() > 2 || pounds.signum() <= 0 || pounds.compareTo(BigDecimal.valueOf(1000)) > 0) {
            errors.add(ApiProblems.fieldError("hourlyPay", "Give the hourly pay in pounds and pence, more than 0, like 12.71"));
            return -1; // named here: kept out of the facade's "enter the pay" message
        }
        return pounds.movePointRight(2).intValueExact();
    }

    private static BigDecimal hours(String field, BigDecimal hours, List<Map<String, Object>> errors) {
        if (hours == null) {
            return null;
        }
        if (hours.stripTrailingZeros().scale() > 1 || hours.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
            errors.add(ApiProblems.fieldError(field, "Give the hours a week with at most one decimal place, like 37.5"));
            return BigDecimal.ONE.negate();
        }
        return hours;
    }

    /** The facade's problems, under the API's names, leaving alone a field already named. */
    private static void add(List<Map<String, Object>> errors, List<RuleViolation> problems, Map<String, String> renamed) {
        for (RuleViolation p : problems) {
            String field = renamed.getOrDefault(p.field(), p.field());
            if (errors.stream().noneMatch(e -> field.equals(e.get("field")))) {
                errors.add(ApiProblems.fieldError(field, p.getMessage()));
            }
        }
    }

    private static ResponseEntity<?> invalid(List<Map<String, Object>> errors) {
        return ResponseEntity.badRequest().body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "Some fields are not valid", errors));
    }
}
