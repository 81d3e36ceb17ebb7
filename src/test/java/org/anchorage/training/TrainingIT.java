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

    /** The session has begun (an hour ago), so its register can be taken. */
    private void started(TrainingSession session) {
        jdbc.sql("UPDATE training_session SET starts_at = now() - interval '1 hour' WHERE id = :id").param("id", session.id()).update();
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
        started(session);
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
        started(session);
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
        started(session);
        String page = mvc.perform(post("/training/sessions/" + session.id() + "/register").with(as(Role.TRAINER)).with(csrf())
                        .param("completed", b.id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("must also be marked as present");
        String past = mvc.perform(post("/training/sessions").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("courseId", session.course().id().toString()).param("programmeId", resolve("{national-pilot}"))
                        .param("dateDay", "1").param("dateMonth", "1").param("dateYear", "2020").param("time", "10am")
                        .param("venue", "Room").param("capacity", "5")
                        .param("trainerId", demo(Role.TRAINER).id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("The session must start in the future").contains("href=\"#date\"").contains("value=\"2020\"");
        assertThat(Set.of(training.session(session.id()).booked())).containsExactly(1);
    }

    @Test
    void no_register_before_the_session_starts_and_the_register_page_says_from_when() throws Exception {
        TrainingSession session = session("EMP-APP", 5);
        training.book(session.id(), enrol("Ivy"), false, demo(Role.NAVIGATOR));
        Booking b = training.bookings(session.id(), "test").getFirst();
        String from = org.anchorage.shared.web.Display.dateTime(session.startsAt());
        String page = mvc.perform(get("/training/sessions/" + session.id() + "/register").with(as(Role.TRAINER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You can take the register from " + from);
        String refused = mvc.perform(post("/training/sessions/" + session.id() + "/register").with(as(Role.TRAINER)).with(csrf())
                        .param("attended", b.id().toString()).param("completed", b.id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#register\"").contains("The register can be taken from " + from);
        assertThat(training.bookings(session.id(), "test").getFirst().completed()).isFalse();
        // The navigator sees no certificate link before completion.
        String sessionPage = mvc.perform(get("/training/sessions/" + session.id()).with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(sessionPage).doesNotContain("Certificate (PDF)");
    }

    @Test
    void completing_a_course_is_evidence_the_person_is_preparing_and_their_refresher_is_on_the_worklist() throws Exception {
        TrainingSession session = session("CSTF-IPC", 3);
        ParticipantId p = enrol("Juniper");
        ParticipantId other = enrol("Kale");
        training.book(session.id(), p, false, demo(Role.NAVIGATOR));
        Booking b = training.bookings(session.id(), "test").getFirst();
        started(session);
        training.register(session.id(), Set.of(b.id()), Set.of(b.id()), demo(Role.TRAINER));
        assertThat(participants.open(p, demo(Role.NAVIGATOR)).status().code()).isEqualTo("preparing");
        assertThat(participants.timeline(p, demo(Role.NAVIGATOR))).extracting(org.anchorage.participant.TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Completed Infection prevention and control on "));
        // Refreshed every 12 months: due within the horizon 12 months on, not today; never for someone else.
        LocalDate today = LocalDate.now();
        assertThat(due().dueFor(List.of(p, other), today)).isEmpty();
        var later = due().dueFor(List.of(p, other), today.plusMonths(12).minusDays(3));
        assertThat(later).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("Refresher");
            assertThat(item.participant()).isEqualTo(p);
            assertThat(item.what()).contains("Infection prevention and control");
            assertThat(item.link()).isEqualTo("/participants/" + p + "/training");
        });
    }

    @Test
    void the_training_section_lists_bookings_with_dates_in_words_and_cancelling_promotes_the_waiting_list() throws Exception {
        TrainingSession session = session("CSTF-MH", 1);
        ParticipantId first = enrol("Linden");
        ParticipantId waiting = enrol("Maple");
        training.book(session.id(), first, false, demo(Role.NAVIGATOR));
        training.book(session.id(), waiting, true, demo(Role.NAVIGATOR));
        String section = mvc.perform(get("/participants/" + first + "/training").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section).contains("Moving and handling").contains(org.anchorage.shared.web.Display.dateTime(session.startsAt()))
                .contains("Training room A").contains("Booked").contains("Cancel this booking").doesNotContain("Certificate (PDF)")
                .contains("aria-current=\"page\"");
        Booking booking = training.bookings(session.id(), "test").stream().filter(x -> x.participant().equals(first)).findFirst().orElseThrow();
        String confirm = mvc.perform(get("/training/bookings/" + booking.id() + "/cancel").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Their place will go to the first person on the waiting list");
        mvc.perform(post("/training/bookings/" + booking.id() + "/cancel").with(as(Role.NAVIGATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(training.bookings(session.id(), "test")).singleElement().satisfies(b -> {
            assertThat(b.participant()).isEqualTo(waiting);
            assertThat(b.status()).isEqualTo("booked");
        });
        assertThat(participants.timeline(waiting, demo(Role.NAVIGATOR))).extracting(org.anchorage.participant.TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Given a place from the waiting list: Moving and handling"));
        assertThat(participants.timeline(first, demo(Role.NAVIGATOR))).extracting(org.anchorage.participant.TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Booking cancelled: Moving and handling"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'training-booking' AND detail LIKE 'cancelled booked%'"
                + " AND record_id = :b").param("b", booking.id().toString()).query(Long.class).single()).isEqualTo(1);
        String after = mvc.perform(get("/participants/" + first + "/training").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Cancelled");
        // Booking them again through the section's links: the session list offers only what they are not on.
        String choose = mvc.perform(get("/participants/" + first + "/training/sessions").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(choose).contains("Moving and handling").contains("Add to the waiting list");
    }

    @Test
    void cancelling_names_the_person_given_the_place_only_to_someone_who_acts_for_them() throws Exception {
        TrainingSession session = session("CSTF-MH", 1);
        ParticipantId mine = enrol("Rowanberry");
        ParticipantId theirs = enrol("Sorrel");
        training.book(session.id(), mine, false, demo(Role.NAVIGATOR));
        training.book(session.id(), theirs, true, demo(Role.NAVIGATOR));
        var colleague = users.create(new org.anchorage.identity.NewUser("waiting.list.colleague@trust.test", "Waiting Colleague",
                Role.NAVIGATOR, demo(Role.NAVIGATOR).organisationId(), "colleague-long-passphrase-9"));
        jdbc.sql("UPDATE participant_participant SET navigator_id = :n WHERE id = :p")
                .param("n", colleague.id().value()).param("p", theirs.value()).update();
        Booking booking = training.bookings(session.id(), "test").stream().filter(x -> x.participant().equals(mine)).findFirst().orElseThrow();
        String said = (String) mvc.perform(post("/training/bookings/" + booking.id() + "/cancel").with(as(Role.NAVIGATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("success");
        assertThat(said).contains("The first person on the waiting list").doesNotContain("Sorrel");
        assertThat(training.bookings(session.id(), "test")).singleElement().satisfies(b -> assertThat(b.participant()).isEqualTo(theirs));
    }

    @Test
    void two_cancellations_at_once_promote_two_different_people_and_never_over_book() throws Exception {
        TrainingSession session = session("CSTF-SA", 2);
        List<ParticipantId> people = new ArrayList<>();
        for (String name : List.of("Nettle", "Orris", "Poppy", "Quince")) {
            ParticipantId p = enrol(name);
            training.book(session.id(), p, people.size() >= 2, demo(Role.NAVIGATOR));
            people.add(p);
        }
        List<Booking> placed = training.bookings(session.id(), "test").stream().filter(b -> b.status().equals("booked")).toList();
        assertThat(placed).hasSize(2);
        // Both places given up at the same moment, and one of them twice over.
        List<UUID> cancellations = List.of(placed.get(0).id(), placed.get(1).id(), placed.get(1).id());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> results = new ArrayList<>();
        for (UUID booking : cancellations) {
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    training.cancel(booking, demo(Role.NAVIGATOR));
                    return "cancelled";
                } catch (org.anchorage.shared.RuleViolation e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("cancelled", "cancelled", "refused");
        List<Booking> now = training.bookings(session.id(), "test");
        assertThat(now).allMatch(b -> b.status().equals("booked")).extracting(Booking::participant)
                .containsExactlyInAnyOrder(people.get(2), people.get(3));
        assertThat(training.session(session.id()).booked()).isEqualTo(2);
        assertThat(training.session(session.id()).waiting()).isZero();
    }

    @Test
    void the_trainer_downloads_a_tagged_certificate_naming_provider_and_trainer_with_a_code_an_employer_can_check() throws Exception {
        TrainingSession session = session("CSTF-HSW", 2);
        ParticipantId p = enrol("Rue");
        training.book(session.id(), p, false, demo(Role.NAVIGATOR));
        Booking b = training.bookings(session.id(), "test").getFirst();
        started(session);
        training.register(session.id(), Set.of(b.id()), Set.of(b.id()), demo(Role.TRAINER));
        UUID certificate = training.bookings(session.id(), "test").getFirst().certificate();
        byte[] pdf = mvc.perform(get("/training/certificates/" + certificate + ".pdf").with(as(Role.TRAINER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String provider = organisations.get(demo(Role.TRAINER).organisationId()).name();
        String trainer = demo(Role.TRAINER).displayName();
        String code;
        try (var document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).contains("Health, safety and welfare").contains("Rue Learner");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            var root = catalog.getStructureTreeRoot();
            assertThat(root).isNotNull();
            var body = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) root.getKids().getFirst();
            assertThat(body.getStructureType()).isEqualTo("Document");
            List<String> types = body.getKids().stream()
                    .map(k -> ((org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) k).getStructureType())
                    .toList();
            assertThat(types.getFirst()).isEqualTo("H1");
            assertThat(types.subList(1, types.size())).isNotEmpty().allMatch("P"::equals);
            assertThat(root.getParentTree()).isNotNull();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Certificate of completion").contains("Rue Learner").contains("Health, safety and welfare")
                    .contains("Training provider: " + provider).contains("Trainer: " + trainer)
                    .contains("/certificates/verify");
            var matcher = java.util.regex.Pattern.compile("Verification code: ([0-9A-Z]{4}(-[0-9A-Z]{4}){3})").matcher(text);
            assertThat(matcher.find()).isTrue();
            code = matcher.group(1);
        }
        // A trainer of another provider may not.
        mvc.perform(get("/training/certificates/" + certificate + ".pdf").with(as(Role.EMPLOYER))).andExpect(status().isForbidden());

        // The employer, not signed in, types the code (in lower case, with spaces) and sees only what the certificate says.
        String verified = mvc.perform(post("/certificates/verify").with(csrf()).with(client("192.0.2.10"))
                        .param("code", code.toLowerCase().replace("-", " ")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(verified).contains("This certificate is genuine").contains("Rue Learner").contains("Health, safety and welfare")
                .contains(org.anchorage.shared.web.Display.date(LocalDate.now())).contains(provider)
                .doesNotContain("07700").doesNotContain("SS8 9LA");
        String unknown = mvc.perform(post("/certificates/verify").with(csrf()).with(client("192.0.2.10")).param("code", "0000-0000-0000-0000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("There is a problem").contains("href=\"#code\"").contains("No certificate has that code");
        String empty = mvc.perform(post("/certificates/verify").with(csrf()).with(client("192.0.2.10")).param("code", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Enter the verification code from the certificate");
        mvc.perform(get("/certificates/verify")).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'certificate' AND detail LIKE '%192.0.2.10%'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void guessing_codes_is_throttled_per_client() throws Exception {
        int answered = 0;
        for (int i = 0; i < 12; i++) {
            int status = mvc.perform(post("/certificates/verify").with(csrf()).with(client("198.51.100.7"))
                    .param("code", "ABCD-EFGH-JKMN-PQ" + String.format("%02d", i))).andReturn().getResponse().getStatus();
            if (status == 200) {
                answered++;
            } else {
                assertThat(status).isEqualTo(429);
            }
        }
        assertThat(answered).isEqualTo(10);
        // Another client is not held up.
        mvc.perform(post("/certificates/verify").with(csrf()).with(client("198.51.100.8")).param("code", "ABCD"))
                .andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor client(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Autowired
    org.anchorage.participant.Participants participants;

    @Autowired
    org.anchorage.organisation.Organisations organisations;

    @Autowired
    List<org.anchorage.participant.DueWork> dueWork;

    private org.anchorage.participant.DueWork due() {
        return dueWork.stream().filter(d -> d.getClass().getPackageName().startsWith("org.anchorage.training")).findFirst().orElseThrow();
    }
}
