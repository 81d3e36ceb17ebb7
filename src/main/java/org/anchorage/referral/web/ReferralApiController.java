package org.anchorage.referral.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.PostalAddress;
import org.anchorage.referral.Referral;
import org.anchorage.referral.ReferralId;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Partner referrals by API (CONTRACTS.md). Send an Idempotency-Key to make a retried POST safe. */
@RestController
@PreAuthorize("hasAnyRole('REFERRAL_PARTNER', 'NAVIGATOR', 'PROGRAMME_MANAGER')")
class ReferralApiController {

    private final Referrals referrals;

    ReferralApiController(Referrals referrals) {
        this.referrals = referrals;
    }

    record Consent(@NotBlank(message = "Give the privacy notice version the person agreed to")
                   @Size(max = 20, message = "must be 20 characters or fewer") String privacyNoticeVersion,
                   @NotNull(message = "Say whether the person gave consent") Boolean given) {}

    record CreateReferral(
            @NotNull(message = "Give the programmeId") UUID programmeId,
            @NotBlank(message = "Enter a given name") @Size(max = 100, message = "must be 100 characters or fewer") String givenName,
            @NotBlank(message = "Enter a family name") @Size(max = 100, message = "must be 100 characters or fewer") String familyName,
            @NotNull(message = "Give a date of birth as YYYY-MM-DD") LocalDate dateOfBirth,
            @NotBlank(message = "Enter a postcode") @Size(max = 10, message = "must be 10 characters or fewer") String postcode,
            @Email(message = "must be an email address") @Size(max = 254, message = "must be 254 characters or fewer") String email,
            @Size(max = 20, message = "must be 20 characters or fewer") String phone,
            String contactPreference,
            List<String> workInterests,
            @NotNull(message = "Record the person's consent") @Valid Consent consent,
            @Size(max = 200, message = "must be 200 characters or fewer") String source,
            @Valid Address address) {}

    /** Where letters go; required (line1 and town) when contactPreference is post. The postcode is the referral's. */
    record Address(String line1, String line2, String town) {
        PostalAddress postal() {
            return new PostalAddress(line1, line2, town);
        }

        static Address of(PostalAddress a) {
            return a.isEmpty() ? null : new Address(a.line1(), a.line2(), a.town());
        }
    }

    record EligibilityView(boolean eligible, Integer decile, String edition, String lsoaCode, List<Referral.EligibilitySummary.Reason> reasons) {}

    record ReferralView(UUID id, String reference, String status, String statusLabel, UUID programmeId, String givenName,
                        String familyName, LocalDate dateOfBirth, String postcode, Address address, String contactPreference,
                        String source, Instant receivedAt, EligibilityView eligibility) {
        static ReferralView of(Referral r) {
            var e = r.eligibility();
            return new ReferralView(r.id().value(), r.reference(), r.status().code(), r.status().label(), r.programme().value(),
                    r.givenName(), r.familyName(), r.dateOfBirth(), r.postcode(), Address.of(r.address()), r.contactPreference().code(),
                    r.selfReferral() ? "self" : r.sourceDetail(), r.receivedAt(),
                    new EligibilityView(e.eligible(), e.decile(), e.edition(), e.lsoaCode(), e.reasons()));
        }
    }

    @PostMapping("/api/v1/referrals")
    ResponseEntity<?> refer(@Valid @RequestBody CreateReferral request, BindingResult invalid,
                            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        // Every problem in one answer: the annotations' and those that depend on the contact preference.
        List<Map<String, Object>> errors = new ArrayList<>(invalid.getFieldErrors().stream()
                .map(e -> ApiProblems.fieldError(e.getField(), String.valueOf(e.getDefaultMessage()))).toList());
        ContactPreference contact = request.contactPreference() == null || request.contactPreference().isBlank()
                ? (request.email() != null ? ContactPreference.EMAIL : ContactPreference.PHONE)
                : ContactPreference.fromCode(request.contactPreference()).orElse(null);
        if (contact == null) {
            errors.add(ApiProblems.fieldError("contactPreference", "Use email, phone, text or post"));
        }
        if (request.email() != null && !request.email().isBlank() && !org.anchorage.shared.web.ContactFormats.isEmail(request.email().strip())
                && errors.stream().noneMatch(e -> "email".equals(e.get("field")))) {
            // The same rule the sender uses, so an address is refused here rather than found undeliverable later.
            errors.add(ApiProblems.fieldError("email", "must be an email address, like name@example.org"));
        }
        if (request.source() != null && request.source().strip().equalsIgnoreCase("self")) {
            // "self" is how a self-referral reads in this API: a partner's referral names its team or service instead.
            errors.add(ApiProblems.fieldError("source", "Name the team or service making the referral (\"self\" is only for residents referring themselves)"));
        }
        if ((request.email() == null || request.email().isBlank()) && (request.phone() == null || request.phone().isBlank())) {
            errors.add(ApiProblems.fieldError("email", "Give an email address or a phone number so a navigator can get in touch"));
        }
        PostalAddress address = request.address() == null ? PostalAddress.NONE : request.address().postal();
        address.problems(contact).forEach((part, message) -> errors.add(ApiProblems.fieldError("address." + part, message)));
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "Some fields are not valid", errors));
        }
        List<WorkInterest> interests = request.workInterests() == null ? List.of() : request.workInterests().stream()
                .map(w -> WorkInterest.fromCode(w).orElseThrow(() -> new RuleViolation("workInterests", "Unknown work interest " + w)))
                .toList();
        var user = CurrentUser.require();
        Referral referral = referrals.receiveFromPartner(new NewReferral(new ProgrammeId(request.programmeId()),
                request.givenName(), request.familyName(), request.dateOfBirth(), request.postcode(), request.email(),
                request.phone(), contact, interests, request.consent().privacyNoticeVersion(),
                Boolean.TRUE.equals(request.consent().given()), request.source(),
                idempotencyKey == null ? null : user.id() + ":" + idempotencyKey).withAddress(address), user);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(ReferralView.of(referral));
    }

    @GetMapping("/api/v1/referrals/{id}")
    ReferralView referral(@PathVariable UUID id) {
        return ReferralView.of(referrals.open(new ReferralId(id), CurrentUser.require()));
    }
}
