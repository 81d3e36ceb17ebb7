package org.anchorage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bookings never exceed capacity, the register marks many at once, certificates only for completion. */
class TrainingIT extends IntegrationTest {

    @Autowired
    Training training;

    @Autowired
    Referrals referrals;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private ParticipantId enrol(String given) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                given, "Learner", LocalDate.of(1999, 3, 3), "SS8 9LA", null, "07700 900777", ContactPreference.PHONE,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        return new ParticipantId(jdbc.sql("SELECT id FROM participant_participant WHERE referral_id = :r")
                .param("r", r.id().value()).query(UUID.class).single());
    }

    private TrainingSession session(String code, int places) {
        UUID course = training.catalogue().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
        return training.schedule(course, new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                Instant.now().plus(Duration.ofDays(3)), "Training room A", places, demo(Role.TRAINER).id(), demo(Role.PROGRAMME_MANAGER));
    }

    @Test
    void two_people_booking_the_last_place_at_once_exactly_one_wins() throws Exception {
        TrainingSession session = session("CSTF-IPC", 1);
        ParticipantId first = enrol("Ash");
        ParticipantId second = enrol("Birch");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (ParticipantId p : List.of(first, second)) {
            SignedInUser by = p == first ? demo(Role.NAVIGATOR) : demo(Role.PROGRAMME_MANAGER);
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    return training.book(session.id(), p, false, by).status();
                } catch (SessionFull e) {
                    return "full";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("booked", "full");
        assertThat(training.session(session.id()).booked()).isEqualTo(1);
    }

    @Test
    void a_full_session_offers_the_waiting_list_on_the_page() throws Exception {
        TrainingSession session = session("CSTF-FS", 1);
        training.book(session.id(), enrol("Cedar"), false, demo(Role.NAVIGATOR));
        ParticipantId late = enrol("Dale");
        String page = mvc.perform(post("/training/sessions/" + session.id() + "/bookings").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("participantId", late.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This session is full").contains("Add to the waiting list");
        mvc.perform(post("/training/sessions/" + session.id() + "/bookings").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("participantId", late.toString()).param("waitingList", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(training.session(session.id()).waiting()).isEqualTo(1);
    }

    @Test
    void the_trainer_takes_a_register_of_thirty_in_one_go_and_completers_get_a_pdf_certificate() throws Exception {
        TrainingSession session = session("CC-12", 30);
        List<ParticipantId> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ParticipantId p = enrol("Learner" + i);
            training.book(session.id(), p, false, demo(Role.NAVIGATOR));
            people.add(p);
        }
        List<Booking> booked = training.bookings(session.id(), "test");
        var request = post("/training/sessions/" + session.id() + "/register").with(as(Role.TRAINER)).with(csrf());
        for (Booking b : booked) {
            request = request.param("attended", b.id().toString());
            if (!b.participantName().equals("Learner0 Learner")) {
                request = request.param("completed", b.id().toString());
            }
        }
        long started = System.nanoTime();
        mvc.perform(request).andExpect(status().is3xxRedirection());
        System.out.printf("[anchorage-tests] register of 30 saved in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(jdbc.sql("SELECT count(*) FROM training_certificate c JOIN training_booking b ON b.id = c.booking_id WHERE b.session_id = :s")
                .param("s", session.id()).query(Long.class).single()).isEqualTo(29);

        UUID certificate = training.bookings(session.id(), "test").stream()
                .filter(b -> b.participantName().equals("Learner7 Learner")).findFirst().orElseThrow().certificate();
        byte[] pdf = mvc.perform(get("/training/certificates/" + certificate + ".pdf").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Learner7 Learner").contains("Basic life support").contains("Refresher due by");
        }
        // Learner0 did not complete: asking for their certificate is refused with the reason.
        Booking notDone = training.bookings(session.id(), "test").stream()
                .filter(x -> x.participantName().equals("Learner0 Learner")).findFirst().orElseThrow();
        String refused = mvc.perform(get("/training/bookings/" + notDone.id() + "/certificate").param("session", session.id().toString())
                        .with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is no certificate: the course has not been completed");
        assertThat(training.bookings(session.id(), "test").stream()
                .filter(b -> b.participantName().equals("Learner0 Learner")).findFirst().orElseThrow().certificate()).isNull();
        mvc.perform(get("/training/certificates/" + UUID.randomUUID() + ".pdf").with(as(Role.NAVIGATOR))).andExpect(status().isNotFound());
        // Funders and employers never download a person's certificate.
        mvc.perform(get("/training/certificates/" + certificate + ".pdf").with(as(Role.FUNDER))).andExpect(status().isForbidden());
    }

    @Test
    void refreshers_falling_due_are_listed_for_the_navigator() throws Exception {
        TrainingSession session = session("CSTF-FS", 3);
        ParticipantId p = enrol("Fern");
        training.book(session.id(), p, false, demo(Role.NAVIGATOR));
        Booking b = training.bookings(session.id(), "test").getFirst();
        training.register(session.id(), Set.of(b.id()), Set.of(b.id()), demo(Role.TRAINER));
        // Fire safety is refreshed every 12 months: bring the certificate's refresher date close.
        jdbc.sql("UPDATE training_certificate SET expires_on = CURRENT_DATE + 30 WHERE booking_id = :b").param("b", b.id()).update();
        assertThat(training.refreshersDue(demo(Role.NAVIGATOR), 90)).anyMatch(r -> r.participantName().equals("Fern Learner")
                && r.course().equals("Fire safety"));
        String page = mvc.perform(get("/training").with(as(Role.NAVIGATOR))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Refreshers due in the next 90 days").contains("Fern Learner");
        assertThat(training.refreshersDue(demo(Role.TRAINER), 90)).isEmpty();
    }

    @Test
    void completing_without_being_present_and_sessions_in_the_past_are_refused() throws Exception {
        TrainingSession session = session("EMP-CV", 5);
        training.book(session.id(), enrol("Elm"), false, demo(Role.NAVIGATOR));
        Booking b = training.bookings(session.id(), "test").getFirst();
        String page = mvc.perform(post("/training/sessions/" + session.id() + "/register").with(as(Role.TRAINER)).with(csrf())
                        .param("completed", b.id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("must also be marked as present");
        String past = mvc.perform(post("/training/sessions").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("courseId", session.course().id().toString()).param("programmeId", resolve("{national-pilot}"))
                        .param("date", "2020-01-01").param("time", "10:00").param("venue", "Room").param("capacity", "5")
                        .param("trainerId", demo(Role.TRAINER).id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("The session must start in the future");
        assertThat(Set.of(training.session(session.id()).booked())).containsExactly(1);
    }
}
