package org.anchorage.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.eligibility.Areas;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.Organisations;
import org.anchorage.placement.internal.PlacementRecords;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paid placements still taking candidates, as the public "Live opportunities" pages show them: minimum data only
 * (no supervisor, no site address, no candidate), for anyone to read without signing in.
 */
@Service
public class OpenPlacements {

    private final PlacementRecords records;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Areas areas;

    OpenPlacements(PlacementRecords records, Programmes programmes, Organisations organisations, Areas areas) {
        this.records = records;
        this.programmes = programmes;
        this.organisations = organisations;
        this.areas = areas;
    }

    /**
     * One open placement. {@code closesOn} is the day before it starts (people need a day to be put forward);
     * {@code postcodeDistrict} is the site's outward code ("RM17"), {@code town} its local authority, and the position
     * is the site postcode's, for distance only.
     */
    public record OpenPlacement(UUID id, ProgrammeId programme, String employerName, String title, String roleFamily, String afcBand,
                                BigDecimal hoursPerWeek, int hourlyPayPence, LocalDate startsOn, LocalDate endsOn, LocalDate closesOn,
                                String postcodeDistrict, String town, Double latitude, Double longitude, Instant postedAt) {

        /** Whole weeks from the start to the end, rounded up. */
        public long weeks() {
            return (java.time.temporal.ChronoUnit.DAYS.between(startsOn, endsOn) + 6) / 7;
        }
    }

    /** Placements of open programmes, open to new candidates, with places left, closing on or after {@code on}. */
    @Transactional(readOnly = true)
    public List<OpenPlacement> openForApplications(LocalDate on) {
        List<ProgrammeId> open = programmes.all().stream().filter(p -> p.status() == ProgrammeStatus.OPEN).map(Programme::id).toList();
        List<PlacementOffer> offers = records.offersIn(open, true).stream()
                .filter(o -> o.placesLeft() > 0 && o.startsOn().isAfter(on)).toList();
        var postedAt = records.postedAt(offers.stream().map(PlacementOffer::id).toList());
        return offers.stream().map(o -> new OpenPlacement(o.id(), o.programme(),
                organisations.find(o.organisation()).map(Organisation::name).orElse(""), o.title(), o.roleFamily(), o.afcBand(),
                o.hoursPerWeek(), o.hourlyPayPence(), o.startsOn(), o.endsOn(), o.startsOn().minusDays(1), district(o.site().postcode()),
                town(o.site().postcode()), o.site().latitude(), o.site().longitude(), postedAt.get(o.id()))).toList();
    }

    private static String district(String postcode) {
        String p = postcode == null ? "" : postcode.strip().toUpperCase();
        int space = p.indexOf(' ');
        return space > 0 ? p.substring(0, space) : p.length() > 3 ? p.substring(0, p.length() - 3) : p;
    }

    private String town(String postcode) {
        try {
            return areas.lookUp(postcode).facts().localAuthorityName();
        } catch (RuntimeException notInTheData) {
            return "";
        }
    }
}
