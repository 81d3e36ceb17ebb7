package org.anchorage.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;

/** A paid placement an employer offers: the role, the site, hours, pay, dates, places and requirements. */
public record PlacementOffer(UUID id, ProgrammeId programme, OrganisationId organisation, String employerName, Site site,
                             Supervisor supervisor, String title, String roleFamily, String afcBand, String description,
                             BigDecimal hoursPerWeek, ShiftPattern shiftPattern, int hourlyPayPence, LocalDate startsOn,
                             LocalDate endsOn, int places, int placesTaken, String dbsLevel, int minimumAge,
                             List<CheckStandard> checksBeforeStart, String status) {

    PlacementOffer named(String employer) {
        return new PlacementOffer(id, programme, organisation, employer, site, supervisor, title, roleFamily, afcBand, description,
                hoursPerWeek, shiftPattern, hourlyPayPence, startsOn, endsOn, places, placesTaken, dbsLevel, minimumAge,
                checksBeforeStart, status);
    }

    public int placesLeft() {
        return Math.max(0, places - placesTaken);
    }

    public String hourlyPay() {
        return Money.pounds(hourlyPayPence);
    }

    public boolean open() {
        return status.equals("open");
    }
}
