package org.anchorage.placement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.placement.Employers;
import org.anchorage.placement.HostCandidate;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.placement.Site;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Placements by API: employers post sites and placements and read the candidates put forward to them
 * (the host view only: name, availability, readiness summary, shared adjustments, and the steps they record).
 */
@RestController
@PreAuthorize("hasAnyRole('EMPLOYER', 'NAVIGATOR', 'PROGRAMME_MANAGER')")
class PlacementApiController {

    private final Placements placements;
    private final Employers employers;

    PlacementApiController(Placements placements, Employers employers) {
        this.placements = placements;
        this.employers = employers;
    }

    record NewSite(@Size(max = 200, message = "must be 200 characters or fewer") String name,
                   @Size(max = 500, message = "must be 500 characters or fewer") String address,
                   @Size(max = 16, message = "must be 16 characters or fewer") String postcode) {}

    record NewPlacementRequest(UUID programmeId, UUID siteId, UUID supervisorId,
                               @Size(max = 200, message = "must be 200 characters or fewer") String title,
                               @Size(max = 40, message = "must be 40 characters or fewer") String roleFamily,
                               @Size(max = 10, message = "must be 10 characters or fewer") String afcBand,
                               @Size(max = 4000, message = "must be 4000 characters or fewer") String description,
                               BigDecimal hoursPerWeek,
                               @Size(max = 40, message = "must be 40 characters or fewer") String shiftPattern,
                               BigDecimal hourlyPay, LocalDate startsOn, LocalDate endsOn, Integer places,
                               @Size(max = 40, message = "must be 40 characters or fewer") String dbsLevel, Integer minimumAge,
                               @Size(max = 6, message = "must list at most the six checks")
                               List<@Size(max = 40, message = "must be a check from the list") String> checksBeforeStart) {}

    record PlacementView(UUID id, UUID programmeId, String employer, String title, String roleFamily, String afcBand,
                         String site, String sitePostcode, BigDecimal hoursPerWeek, String shiftPattern, BigDecimal hourlyPay,
                         LocalDate startsOn, LocalDate endsOn, int places, int placesLeft, String dbsLevel, int minimumAge,
                         List<String> checksBeforeStart, String status) {
        static PlacementView of(PlacementOffer o) {
            return new PlacementView(o.id(), o.programme().value(), o.employerName(), o.title(), o.roleFamily(), o.afcBand(),
                    o.site().name(), o.site().postcode(), o.hoursPerWeek(), o.shiftPattern().code(),
                    BigDecimal.valueOf(o.hourlyPayPence(), 2), o.startsOn(), o.endsOn(), o.places(), o.placesLeft(), o.dbsLevel(),
                    o.minimumAge(), o.checksBeforeStart().stream().map(c -> c.code()).toList(), o.status());
        }
    }

    record Outcome(Boolean offered, LocalDate plannedStart,
                   @Size(max = 2000, message = "must be 2000 characters or fewer") String notes) {}

    @PostMapping("/api/v1/placement-sites")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Site> addSite(@Valid @RequestBody NewSite request) {
        Site site = employers.addSite(request.name(), request.address(), request.postcode(), CurrentUser.require());
        return ResponseEntity.created(URI.create("/api/v1/placement-sites/" + site.id())).body(site);
    }

    @PostMapping("/api/v1/placements")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<PlacementView> post(@Valid @RequestBody NewPlacementRequest r) {
        if (r.hoursPerWeek() != null && r.hoursPerWeek().abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new RuleViolation("hoursPerWeek", "Hours a week must be more than 0 and no more than 48");
        }
        if (r.hourlyPay() != null && (r.hourlyPay().scale() > 2 || r.hourlyPay().signum() <= 0
                || r.hourlyPay().compareTo(BigDecimal.valueOf(1000)) > 0)) {
            throw new RuleViolation("hourlyPay", "Give the hourly pay in pounds and pence, like 12.71");
        }
        PlacementOffer offer = placements.post(new Placements.NewPlacement(r.programmeId() == null ? null : new ProgrammeId(r.programmeId()),
                r.siteId(), r.supervisorId(), r.title(), r.roleFamily(), r.afcBand(), r.description(), r.hoursPerWeek(),
                r.shiftPattern(), r.hourlyPay() == null ? null : r.hourlyPay().movePointRight(2).intValue(), r.startsOn(), r.endsOn(),
                r.places(), r.dbsLevel(), r.minimumAge(), r.checksBeforeStart()), CurrentUser.require());
        return ResponseEntity.created(URI.create("/api/v1/placements/" + offer.id())).body(PlacementView.of(offer));
    }

    @GetMapping("/api/v1/placements")
    List<PlacementView> placements() {
        return placements.offers(CurrentUser.require()).stream().map(PlacementView::of).toList();
    }

    @GetMapping("/api/v1/placements/{id}")
    PlacementView placement(@PathVariable UUID id) {
        return PlacementView.of(placements.offer(id, CurrentUser.require()));
    }

    /** The candidates on a placement: the host view for its employer, the full record for the staff who act for them. */
    @GetMapping("/api/v1/placements/{id}/candidates")
    List<?> candidates(@PathVariable UUID id) {
        SignedInUser user = CurrentUser.require();
        return user.has(Role.EMPLOYER) ? placements.hostCandidatesOn(id, user) : placements.candidatesOn(id, user);
    }

    @GetMapping("/api/v1/placement-candidates/{id}")
    Object candidate(@PathVariable UUID id) {
        SignedInUser user = CurrentUser.require();
        return user.has(Role.EMPLOYER) ? placements.hostView(id, user) : placements.candidate(id, user);
    }

    /** The host's interview outcome; an offer takes a place, and exactly one of two offers for the last place wins. */
    @PostMapping("/api/v1/placement-candidates/{id}/outcome")
    @PreAuthorize("hasRole('EMPLOYER')")
    HostCandidate outcome(@PathVariable UUID id, @RequestBody Outcome outcome) {
        SignedInUser user = CurrentUser.require();
        placements.hostView(id, user); // another employer's candidate is "not found" before anything is checked
        if (outcome.offered() == null) {
            throw new RuleViolation("offered", "Say whether a place is offered (true or false)");
        }
        if (outcome.notes() != null && outcome.notes().length() > 2000) {
            throw new RuleViolation("notes", "must be 2000 characters or fewer");
        }
        placements.recordOutcome(id, outcome.offered(), outcome.notes(), outcome.plannedStart(), user);
        return placements.hostView(id, user);
    }
}
