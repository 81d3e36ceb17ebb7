package org.anchorage.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.organisation.Organisations;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.anchorage.training.internal.CertificatePdf;
import org.anchorage.training.internal.VerificationCodes;
import org.anchorage.training.internal.TrainingRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules sessions, books participants (never over capacity, even when two book the last place at
 * once), takes the register, and issues certificates only for completed courses.
 */
@Service
public class Training {

    public static final String RECORD_TYPE = "training-booking";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TrainingRecords records;
    private final Participants participants;
    private final Programmes programmes;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessPolicy access;
    private final Users users;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    Training(AccessPolicy access, Users users, TrainingRecords records, Participants participants, Programmes programmes, AuditTrail audit,
             Clock clock, Organisations organisations, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
        this.access = access;
        this.users = users;
        this.records = records;
        this.participants = participants;
        this.programmes = programmes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Course> catalogue() {
        return records.catalogue();
    }

    /** Upcoming sessions the user may see: a trainer's own or their provider's; staff those of their programmes. */
    @Transactional(readOnly = true)
    public List<TrainingSession> upcoming(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        Instant from = clock.instant().minusSeconds(86_400);
        if (scope.is(Role.TRAINER)) {
            return records.upcomingRunBy(from, user.id(), user.organisationId());
        }
        if (scope.is(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)) {
            return records.upcomingIn(from, scope.programmeIds());
        }
        return List.of();
    }

    @Transactional
    public TrainingSession schedule(UUID course, ProgrammeId programme, Instant startsAt, String venue, int capacity,
                                    UserId trainer, SignedInUser by) {
        records.course(course).orElseThrow(() -> new RuleViolation("courseId", "Choose a course from the catalogue"));
        programmes.find(programme).orElseThrow(() -> new RuleViolation("programmeId", "Choose a programme"));
        var trainerAccount = users.find(trainer).filter(a -> a.enabled() && a.role() == Role.TRAINER)
                .orElseThrow(() -> new RuleViolation("trainerId", "Choose the trainer"));
        if (!access.scopeOf(by).runsSession(programme.value(), trainer, trainerAccount.organisationId())
                || !access.scopeOf(by).seesProgramme(programme.value())) {
            throw new RuleViolation("programmeId", "Choose a programme you work on");
        }
        if (!startsAt.isAfter(clock.instant())) {
            throw new RuleViolation("startsAt", "The session must start in the future");
        }
        if (capacity < 1 || capacity > 500) {
            throw new RuleViolation("capacity", "Places must be between 1 and 500");
        }
        if (venue == null || venue.isBlank() || venue.length() > 300) {
            throw new RuleViolation("venue", "Give the venue or the online link (up to 300 characters)");
        }
        UUID id = UUID.randomUUID();
        records.insertSession(id, course, programme, startsAt, venue.strip(), capacity, trainer,
                trainerAccount.organisationId(), clock.instant());
        audit.record(AuditAction.CREATE, "training-session", id, "scheduled");
        return records.session(id).orElseThrow();
    }

    /** A session, with no personal data: for other checks in this module. */
    @Transactional(readOnly = true)
    public TrainingSession session(UUID id) {
        return records.session(id).orElseThrow(() -> new RecordNotFound("training-session", id));
    }

    /** A session the user may see (its trainer or provider, or staff of its programme); "not found" otherwise. */
    @Transactional(readOnly = true)
    public TrainingSession session(UUID id, SignedInUser user) {
        TrainingSession session = session(id);
        if (!access.scopeOf(user).seesSession(session.programme().value(), session.trainer(), session.provider())) {
            throw new RecordNotFound("training-session", id);
        }
        return session;
    }

    /** Whether the user takes this session's register (its trainer or provider, or a manager of its programme). */
    @Transactional(readOnly = true)
    public boolean runs(TrainingSession session, SignedInUser user) {
        return access.scopeOf(user).runsSession(session.programme().value(), session.trainer(), session.provider());
    }

    /**
     * Who is on a session as this user may see it: its trainer sees everyone booked (names only, for
     * the register); a navigator only their own caseload, a manager the people of their programmes.
     */
    @Transactional
    public List<Booking> bookings(UUID sessionId, String purpose, SignedInUser user) {
        TrainingSession session = session(sessionId, user);
        return names(session.id(), purpose, user.has(Role.TRAINER) ? null : user);
    }

    /**
     * Books a place, or a waiting-list place when asked. The session row is locked first, so the last
     * place goes to exactly one of two navigators booking at the same moment; the other is offered
     * the waiting list.
     */
    @Transactional
    public Booking book(UUID sessionId, ParticipantId participant, boolean waitingList, SignedInUser by) {
        TrainingSession session = session(sessionId, by);
        if (!participants.mayActFor(participant, by)) {
            throw new RuleViolation("participantId", "Choose someone on your caseload");
        }
        int booked = records.lockAndCountBooked(sessionId);
        if (records.alreadyBooked(sessionId, participant)) {
            throw new RuleViolation("participantId", "This person is already booked on this session or on its waiting list");
        }
        String status;
        if (booked < session.capacity()) {
            status = "booked";
        } else if (waitingList) {
            status = "waiting";
        } else {
            throw new SessionFull();
        }
        UUID id = UUID.randomUUID();
        records.insertBooking(id, sessionId, participant, status, by.email(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, status + " on " + session.course().title());
        events.publishEvent(new BookingChanged(participant, (status.equals("booked") ? "Booked onto " : "Added to the waiting list for ")
                + session.course().title() + " on " + Display.dateTime(session.startsAt()) + " at " + session.venue(), by.email()));
        return bookings(sessionId, "booking").stream().filter(b -> b.participant().equals(participant)).findFirst().orElseThrow();
    }

    /** Everyone on a session, with names only; for this module and its tests. */
    @Transactional
    List<Booking> bookings(UUID sessionId, String purpose) {
        return names(sessionId, purpose, null);
    }

    private List<Booking> names(UUID sessionId, String purpose, SignedInUser onlyFor) {
        var rows = records.bookings(sessionId);
        if (onlyFor != null) {
            Set<ParticipantId> mine = participants.actedForBy(rows.stream().map(TrainingRecords.BookingRow::participant).toList(), onlyFor);
            rows = rows.stream().filter(r -> mine.contains(r.participant())).toList();
        }
        Map<ParticipantId, String> names = participants.namesFor(rows.stream().map(TrainingRecords.BookingRow::participant).toList(),
                purpose);
        return rows.stream().map(r -> new Booking(r.id(), r.session(), r.participant(), names.getOrDefault(r.participant(), "?"),
                r.status(), r.attended(), r.completed(), r.certificate())).toList();
    }

    /**
     * The trainer's register: everyone booked is marked present or absent in one go; those completing
     * get a certificate (with the refresher date where the subject has one and a verification code),
     * and their completion is evidence for their stage. Refused before the session starts.
     */
    @Transactional
    public void register(UUID sessionId, Set<UUID> attended, Set<UUID> completed, SignedInUser by) {
        TrainingSession session = session(sessionId, by);
        if (!runs(session, by)) {
            throw new RecordNotFound("training-session", sessionId);
        }
        if (!registerOpen(session)) {
            throw new RuleViolation("register", "The register can be taken from " + Display.dateTime(session.startsAt())
                    + ", when the session starts");
        }
        var rows = records.bookings(sessionId).stream().filter(b -> b.status().equals("booked")).toList();
        Set<UUID> ids = rows.stream().map(TrainingRecords.BookingRow::id).collect(Collectors.toSet());
        for (UUID id : completed) {
            if (!attended.contains(id)) {
                throw new RuleViolation("completed", "Someone marked as completed must also be marked as present");
            }
        }
        if (!ids.containsAll(attended) || !ids.containsAll(completed)) {
            throw new RuleViolation("attended", "The register lists someone who is not booked on this session. Reload the page.");
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        for (var row : rows) {
            boolean done = completed.contains(row.id());
            records.mark(row.id(), attended.contains(row.id()), done);
            if (attended.contains(row.id())) {
                events.publishEvent(new TrainingAttended(row.participant(), session.course().title(), today));
            }
            if (done && !row.completed()) {
                Integer months = session.course().refresherMonths();
                records.certificate(UUID.randomUUID(), row.id(), row.participant(), session.course().id(), today,
                        months == null ? null : today.plusMonths(months), VerificationCodes.next());
                events.publishEvent(new TrainingCompleted(row.participant(), session.course().title(), today, by.email()));
            }
        }
        audit.record(AuditAction.CHANGE, "training-session", sessionId, "register: " + attended.size() + " present, "
                + completed.size() + " completed");
        rows.forEach(row -> events.publishEvent(new org.anchorage.participant.EngagementChanged(row.participant(), "training register")));
    }

    /** Whether the register (and completion) can be taken yet: only once the session has started. */
    public boolean registerOpen(TrainingSession session) {
        return !clock.instant().isBefore(session.startsAt());
    }

    /**
     * Cancels a booking or a waiting-list place. A place given up goes to the first on the waiting list
     * (before the session starts). The session row is locked first, as when booking, so two cancellations
     * at once promote two different people and the session is never over-booked. Both changes go on the
     * people's timelines and the audit trail, in one transaction.
     *
     * @return who was given the place from the waiting list: their name when the canceller acts for them,
     *         "the first person on the waiting list" when they are on someone else's caseload, or null
     */
    @Transactional
    public String cancel(UUID bookingId, SignedInUser by) {
        var found = records.booking(bookingId).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, bookingId));
        if (!participants.mayActFor(found.participant(), by)) {
            throw new RecordNotFound(RECORD_TYPE, bookingId);
        }
        TrainingSession session = session(found.session());
        int booked = records.lockAndCountBooked(session.id());
        var booking = records.booking(bookingId).orElseThrow();
        if (booking.status().equals("cancelled")) {
            throw new RuleViolation("booking", "This booking has already been cancelled");
        }
        if (booking.completed() || booking.attended() != null) {
            throw new RuleViolation("booking", "The register has been taken for this booking, so it cannot be cancelled");
        }
        records.cancel(bookingId, by.email(), clock.instant());
        String what = session.course().title() + " on " + Display.dateTime(session.startsAt());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, bookingId, "cancelled " + booking.status() + " on " + session.course().title());
        events.publishEvent(new BookingChanged(booking.participant(), (booking.status().equals("waiting")
                ? "Taken off the waiting list for " : "Booking cancelled: ") + what, by.email()));
        if (!booking.status().equals("booked") || booked - 1 >= session.capacity() || !clock.instant().isBefore(session.startsAt())) {
            return null;
        }
        var promoted = records.firstWaiting(session.id());
        if (promoted.isEmpty()) {
            return null;
        }
        records.promote(promoted.get().id());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, promoted.get().id(), "given a place from the waiting list on "
                + session.course().title());
        events.publishEvent(new BookingChanged(promoted.get().participant(), "Given a place from the waiting list: " + what
                + " (someone cancelled)", by.email()));
        ParticipantId next = promoted.get().participant();
        if (!participants.mayActFor(next, by)) {
            return "The first person on the waiting list"; // on another navigator's caseload: not theirs to know
        }
        return participants.namesFor(List.of(next), "the waiting list").get(next);
    }

    /** A booking as its person's navigator or a manager sees it, for the page that confirms a cancellation. */
    public record BookingView(UUID id, ParticipantId participant, String status, TrainingSession session) {}

    @Transactional(readOnly = true)
    public BookingView booking(UUID bookingId, SignedInUser by) {
        var booking = records.booking(bookingId).filter(b -> participants.mayActFor(b.participant(), by))
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, bookingId));
        return new BookingView(booking.id(), booking.participant(), booking.status(), session(booking.session()));
    }

    /**
     * One line of the Training section of a person's record: the session, where, and what happened
     * (booked, waiting list, attended, completed, cancelled), with the certificate once completed.
     */
    public record PersonBooking(UUID booking, UUID session, String course, Instant startsAt, String venue, String state,
                                UUID certificate, LocalDate refresherDue, boolean cancellable) {}

    /** The person's bookings, newest session first, for their navigator or a manager; audited. */
    @Transactional
    public List<PersonBooking> bookingsOf(ParticipantId participant, SignedInUser by) {
        if (!participants.mayActFor(participant, by)) {
            throw new RecordNotFound(RECORD_TYPE, participant);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, participant, "viewed the person's training");
        return records.allBookingsOf(participant).stream().map(b -> {
            TrainingSession s = session(b.session());
            String state = switch (b.status()) {
                case "cancelled" -> "Cancelled";
                case "waiting" -> "Waiting list";
                default -> b.completed() ? "Completed" : Boolean.TRUE.equals(b.attended()) ? "Attended"
                        : Boolean.FALSE.equals(b.attended()) ? "Did not attend" : "Booked";
            };
            LocalDate due = b.certificate() == null ? null
                    : records.certificate(b.certificate()).map(TrainingRecords.CertificateRow::expiresOn).orElse(null);
            boolean cancellable = !b.status().equals("cancelled") && b.attended() == null && !b.completed();
            return new PersonBooking(b.id(), s.id(), s.course().title(), s.startsAt(), s.venue(), state,
                    b.completed() ? b.certificate() : null, due, cancellable);
        }).sorted(java.util.Comparator.comparing(PersonBooking::startsAt).reversed()).toList();
    }

    /** A certificate whose refresher falls due soon, for the people a navigator or manager looks after. */
    public record RefresherDue(String participantName, String course, LocalDate dueOn) {}

    @Transactional
    public List<RefresherDue> refreshersDue(SignedInUser user, int withinDays) {
        LocalDate today = LocalDate.now(clock);
        var expiring = records.certificatesExpiringBy(today.plusDays(withinDays));
        Set<ParticipantId> mine = participants.actedForBy(expiring.stream().map(TrainingRecords.CertificateRow::participant).toList(), user);
        var due = expiring.stream().filter(c -> mine.contains(c.participant())).toList();
        Map<ParticipantId, String> names = participants.namesFor(due.stream().map(TrainingRecords.CertificateRow::participant).toList(),
                "refresher warnings");
        return due.stream().map(c -> new RefresherDue(names.get(c.participant()), c.course().title(), c.expiresOn())).toList();
    }

    /** A place booked on a session, for the reminder its person gets the day before: whose, which course, when and where. */
    public record BookedPlace(UUID booking, ParticipantId participant, ProgrammeId programme, String course, Instant startsAt,
                              String venue) {}

    /**
     * The places booked (not waiting, not cancelled) on sessions starting on a day in England, soonest first, for the
     * morning reminders. No names or contact details; the read is audited as one by the service.
     */
    @Transactional(readOnly = true)
    public List<BookedPlace> bookedOn(LocalDate day) {
        List<BookedPlace> booked = records.bookedBetween(day.atStartOfDay(LONDON).toInstant(), day.plusDays(1).atStartOfDay(LONDON).toInstant());
        audit.recordAs("Anchorage", AuditAction.READ, RECORD_TYPE, null, booked.size() + " places booked on sessions on " + day
                + " for their reminders");
        return booked;
    }

    /** How many courses each person has completed, for matching's readiness score (counts only). */
    @Transactional(readOnly = true)
    public Map<ParticipantId, Integer> completedCourses(List<ParticipantId> people) {
        return records.completedCounts(people);
    }

    /** One line of a participant's own training: a session booked, and its certificate once completed. */
    public record MyTraining(String course, Instant startsAt, String venue, String status, boolean completed, UUID certificate,
                             LocalDate refresherDue) {}

    /** A participant's sessions and certificates, for their own page (they are the caller's own record). */
    @Transactional(readOnly = true)
    public List<MyTraining> of(ParticipantId participant) {
        return records.bookingsOf(participant).stream().map(b -> {
            TrainingSession s = session(b.session());
            LocalDate due = b.certificate() == null ? null
                    : records.certificate(b.certificate()).map(TrainingRecords.CertificateRow::expiresOn).orElse(null);
            return new MyTraining(s.course().title(), s.startsAt(), s.venue(), b.status(), b.completed(), b.certificate(), due);
        }).toList();
    }

    /**
     * The certificate of a booking, for the person's navigator or a manager; refused with a reason
     * when the course was not completed (no certificate is ever made for that).
     */
    @Transactional(readOnly = true)
    public UUID certificateOfBooking(UUID bookingId, SignedInUser by) {
        var booking = records.booking(bookingId).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, bookingId));
        if (!participants.mayActFor(booking.participant(), by)) {
            throw new RecordNotFound(RECORD_TYPE, bookingId);
        }
        if (!booking.completed() || booking.certificate() == null) {
            throw new RuleViolation("certificate", "There is no certificate: the course has not been completed. "
                    + "The trainer marks completion on the register.");
        }
        return booking.certificate();
    }

    /**
     * A certificate as PDF: for the person themself, their navigator or a manager, and the trainer who
     * ran the session (or a trainer of its provider). None exists for an uncompleted course.
     *
     * @param verifyAt the address of the public page where the certificate's code is checked
     */
    @Transactional
    public byte[] certificatePdf(UUID certificateId, SignedInUser by, String verifyAt) {
        var certificate = records.certificate(certificateId).orElseThrow(() -> new RecordNotFound("certificate", certificateId));
        TrainingSession session = session(records.booking(certificate.booking()).orElseThrow().session());
        boolean own = participants.ownRecord(by).map(certificate.participant()::equals).orElse(false);
        boolean trainer = by.has(Role.TRAINER) && runs(session, by);
        if (!own && !trainer && !participants.mayActFor(certificate.participant(), by)) {
            throw new RecordNotFound("certificate", certificateId);
        }
        String name = participants.namesFor(List.of(certificate.participant()), "a certificate").get(certificate.participant());
        audit.record(AuditAction.READ, "certificate", certificateId, "downloaded certificate");
        return CertificatePdf.render(new CertificatePdf.Content(name, certificate.course().title(), certificate.course().frameworkLabel(),
                certificate.issuedOn(), certificate.expiresOn(), provider(session), trainerName(session),
                VerificationCodes.display(certificate.verificationCode()), verifyAt));
    }

    /** What an employer sees when a certificate's code checks out: nothing more than the certificate says. */
    public record Verified(String name, String course, LocalDate completedOn, String provider) {}

    /**
     * Checks a verification code typed by anyone (an employer, not signed in). Every attempt is audited,
     * the found and the unknown; an empty answer means no certificate has that code.
     */
    @Transactional
    public java.util.Optional<Verified> verify(String typed, String client) {
        String code = VerificationCodes.normalise(typed);
        var certificate = code == null ? java.util.Optional.<TrainingRecords.CertificateRow>empty() : records.certificateByCode(code);
        if (certificate.isEmpty()) {
            audit.record(AuditAction.READ, "certificate", null, "verification refused: no certificate has that code (client "
                    + client + ")");
            return java.util.Optional.empty();
        }
        var c = certificate.get();
        TrainingSession session = session(records.booking(c.booking()).orElseThrow().session());
        String name = participants.namesFor(List.of(c.participant()), "certificate verification").get(c.participant());
        audit.record(AuditAction.READ, "certificate", c.id(), "verified by its code (client " + client + ")");
        return java.util.Optional.of(new Verified(name, c.course().title(), c.issuedOn(), provider(session)));
    }

    private String provider(TrainingSession session) {
        return session.provider() == null ? "Anchorage"
                : organisations.find(session.provider()).map(org.anchorage.organisation.Organisation::name).orElse("Anchorage");
    }

    private String trainerName(TrainingSession session) {
        return users.find(session.trainer()).map(org.anchorage.identity.UserAccount::displayName).orElse("");
    }
}
