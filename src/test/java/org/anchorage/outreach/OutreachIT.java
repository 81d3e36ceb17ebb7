package org.anchorage.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outreach log on PostgreSQL: every bad value named at once and nothing saved; another organisation's programme not found. */
class OutreachIT extends IntegrationTest {

    @Autowired
    OutreachLog outreach;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private Programme pilot() {
        return programmes.all().stream().filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow();
    }

    @Test
    void bad_entries_are_named_at_once_a_good_one_is_listed_and_other_organisations_are_not_found() {
        clock.fixAt("2026-12-10T09:00");
        Programme pilot = pilot();
        var bad = new OutreachActivity.New(LocalDate.of(2026, 12, 11), " ", "Atlantis", "x".repeat(201), 10_001, "y".repeat(1001));
        assertThat(outreach.problemsWith(pilot.id(), bad)).extracting(RuleViolation::field)
                .containsExactly("heldOn", "place", "targetPlace", "partner", "peopleSpokenTo", "note");
        assertThat(outreach.problemsWith(pilot.id(), new OutreachActivity.New(LocalDate.of(1900, 1, 1), "Hall", "", "", 3, "")))
                .extracting(RuleViolation::getMessage).singleElement().asString().startsWith("The date of the outreach must be within the last 2 years");
        int before = outreach.of(pilot.id(), demo(Role.NAVIGATOR)).size();
        assertThatThrownBy(() -> outreach.record(pilot.id(), bad, demo(Role.NAVIGATOR))).isInstanceOf(RuleViolation.class);
        assertThat(outreach.of(pilot.id(), demo(Role.NAVIGATOR))).hasSize(before);

        String place = "Canvey library " + UUID.randomUUID().toString().substring(0, 6);
        outreach.record(pilot.id(), new OutreachActivity.New(LocalDate.of(2026, 12, 9), place, "Canvey Island", "Castle Point CVS", 9, ""),
                demo(Role.NAVIGATOR));
        assertThat(outreach.of(pilot.id(), demo(Role.PROGRAMME_MANAGER)).getFirst()).satisfies(a -> {
            assertThat(a.place()).isEqualTo(place);
            assertThat(a.targetPlace()).isEqualTo("Canvey Island");
            assertThat(a.peopleSpokenTo()).isEqualTo(9);
        });

        UUID other = jdbc.sql("SELECT id FROM organisation_organisation WHERE id <> :mine ORDER BY name LIMIT 1")
                .param("mine", demo(Role.NAVIGATOR).organisationId().value()).query(UUID.class).single();
        Programme elsewhere = programmes.add(new ProgrammeDetails("Elsewhere " + UUID.randomUUID(), ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "Not the demo navigator's", Set.of(new OrganisationId(other))), null, demo(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> outreach.of(elsewhere.id(), demo(Role.NAVIGATOR))).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> outreach.of(pilot.id(), demo(Role.FUNDER))).isInstanceOf(RecordNotFound.class);
    }
}
