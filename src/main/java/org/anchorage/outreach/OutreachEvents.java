package org.anchorage.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.EligibilityChecks;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outreach.internal.EventRecords;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ContactFormats;
import org.anchorage.shared.web.Display;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach events: staff of a programme (its navigators and managers; 404 for anyone else) publish them, residents
 * sign up without an account (a booked place while there is one, else the waiting list if they agree), staff take
 * attendance and refer the people who came (source "event"). Every bad value is named at once and nothing is saved;
 * each change, and each time staff see who signed up, is audited.
 */
@Service
public class OutreachEvents {

    public static final String EVENT = "outreach-event";
    public static final String SIGN_UP = "outreach-event-sign-up";
    static final int MONTHS_AHEAD = 12;

    private final EventRecords records;
    private final OutreachLog log;
    private final Programmes programmes;
    private final EligibilityChecks eligibility;
    private final Referrals referrals;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OutreachEvents(EventRecords records, OutreachLog log, Programmes programmes, EligibilityChecks eligibility, Referrals referrals, AccessPolicy access,
                   AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.records = records;
        this.log = log;
        this.programmes = programmes;
        this.eligibility = eligibility;
        this.referrals = referrals;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    // --- For residents ------------------------------------------------------------------------------------------

    /** Events coming up (not yet over, not called off) of programmes taking people now, soonest first. */
    @Transactional(readOnly = true)
    public List<OutreachEvent> comingUp(int limit) {
        List<UUID> open = programmes.all().stream().filter(p -> p.status() == ProgrammeStatus.OPEN).map(p -> p.id().value()).toList();
        return records.upcoming(open, clock.instant(), limit);
    }

    /** One event as residents see it: of an open programme, and not over (a called-off one still says so); 404 otherwise. */
    @Transactional(readOnly = true)
    public OutreachEvent published(UUID id) {
        return records.find(id).filter(e -> e.endsAt().isAfter(clock.instant()))
                .filter(e -> programmes.find(e.programme()).map(p -> p.status() == ProgrammeStatus.OPEN).orElse(false))
                .orElseThrow(() -> new RecordNotFound(EVENT, id));
    }

    /** Every problem with a sign-up, each naming its field ("givenName", "familyName", "email", "phone", "postcode", "waitingList"). */
    public List<RuleViolation> problemsWith(OutreachEvent event, EventSignUp.New n) {
        List<RuleViolation> problems = new ArrayList<>();
        if (event.cancelled()) {
            problems.add(new RuleViolation("givenName", "This event has been called off, so you cannot sign up to it"));
            return problems;
        }
        name(problems, "givenName", "your first name", n.givenName());
        name(problems, "familyName", "your last name", n.familyName());
        boolean noEmail = n.email() == null || n.email().isBlank();
        boolean noPhone = n.phone() == null || n.phone().isBlank();
        if (noEmail && noPhone) {
            problems.add(new RuleViolation("email", "Enter an email address or a phone number, so we can tell you if anything changes"));
        }
        if (!noEmail && !ContactFormats.isEmail(n.email().strip())) {
            problems.add(new RuleViolation("email", "Enter an email address like name@example.com"));
        }
        if (!noPhone && !ContactFormats.isPhone(n.phone().strip())) {
            problems.add(new RuleViolation("phone", "Enter a phone number like 07700 900 982"));
        }
        if (n.postcode() != null && !n.postcode().isBlank() && !eligibility.isPostcode(n.postcode())) {
            problems.add(new RuleViolation("postcode", "Enter a real UK postcode, like RM18 7AG, or leave it empty"));
        }
        if (event.full() && !n.waitingList()) {
            problems.add(new RuleViolation("waitingList", "This event is full. Tick the box to join the waiting list, and we will tell you if a place comes up"));
        }
        return problems;
    }

    /**
     * Signs someone up: a booked place while one is left, else (when they agreed) the waiting list. The same form sent
     * twice signs up once. Answers whether the place is booked.
     */
    @Transactional
    public boolean signUp(UUID eventId, EventSignUp.New n) {
        // The event is held first, so the same form sent twice at once waits here and then finds the first sign-up.
        records.lock(eventId);
        OutreachEvent event = published(eventId);
        if (n.submissionKey() != null) {
            var already = records.signUpWithKey(eventId, n.submissionKey());
            if (already.isPresent()) {
                return records.signUp(already.get()).map(EventSignUp::booked).orElse(false);
            }
        }
        List<RuleViolation> problems = problemsWith(event, n);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        boolean booked = records.booked(eventId) < event.capacity();
        UUID id = UUID.randomUUID();
        String postcode = n.postcode() == null || n.postcode().isBlank() ? null : postcode(n.postcode());
        records.insertSignUp(id, eventId, n, postcode, booked, clock.instant());
        audit.recordAs("event sign-up", AuditAction.CREATE, SIGN_UP, id, (booked ? "booked a place at " : "joined the waiting list for ")
                + event.title());
        return booked;
    }

    // --- For the programme's staff ------------------------------------------------------------------------------

    /** The programme's events, latest first. */
    @Transactional(readOnly = true)
    public List<OutreachEvent> ofProgramme(ProgrammeId id, SignedInUser user) {
        log.programme(id, user);
        return records.ofProgramme(id.value());
    }

    /** An event, when this user runs its programme's outreach; 404 otherwise. */
    @Transactional(readOnly = true)
    public OutreachEvent event(UUID id, SignedInUser user) {
        OutreachEvent event = records.find(id).orElseThrow(() -> new RecordNotFound(EVENT, id));
        if (!access.scopeOf(user).recordsOutreach(event.programme().value())) {
            throw new RecordNotFound(EVENT, id);
        }
        return event;
    }

    /** Who signed up (booked first), for the event's staff; audited as a read of personal data. */
    @Transactional
    public List<EventSignUp> signUps(UUID eventId, SignedInUser user) {
        event(eventId, user);
        List<EventSignUp> signUps = records.signUps(eventId);
        audit.recordShown(SIGN_UP, signUps.stream().map(EventSignUp::id).toList(), "sign-ups to event " + eventId);
        return signUps;
    }

    /** How many of the event's sign-ups have had their details erased ({@link SignUpRetention}), for its staff page. */
    @Transactional(readOnly = true)
    public int erasedSignUps(UUID eventId, SignedInUser user) {
        event(eventId, user);
        return records.erased(eventId);
    }

    /** Every problem with an event, each naming its field. */
    public List<RuleViolation> problemsWith(ProgrammeId programme, OutreachEvent.New n) {
        List<RuleViolation> problems = new ArrayList<>();
        if (n.kind() == null) {
            problems.add(new RuleViolation("kind", "Choose what kind of event it is"));
        }
        text(problems, "title", n.title(), true, 120, "Enter the event's name, like Grays jobs fair", "Write the event's name in up to 120 characters");
        text(problems, "description", n.description(), false, 2000, null, "Write what happens there in up to 2000 characters");
        text(problems, "placeName", n.placeName(), true, 200, "Enter where it is, like Tilbury library", "Write where it is in up to 200 characters");
        text(problems, "address", n.address(), true, 500, "Enter the address", "Write the address in up to 500 characters");
        if (n.postcode() == null || n.postcode().isBlank()) {
            problems.add(new RuleViolation("postcode", "Enter the postcode of the place"));
        } else if (!eligibility.isPostcode(n.postcode())) {
            problems.add(new RuleViolation("postcode", "Enter a real UK postcode, like RM18 7AG"));
        }
        LocalDate today = LocalDate.now(clock.withZone(Display.LONDON));
        if (n.on() == null) {
            problems.add(new RuleViolation("on", "Enter the date of the event"));
        } else if (n.on().isBefore(today)) {
            problems.add(new RuleViolation("on", "The date of the event must be today or later"));
        } else if (n.on().isAfter(today.plusMonths(MONTHS_AHEAD))) {
            problems.add(new RuleViolation("on", "The date of the event must be within " + MONTHS_AHEAD + " months, by "
                    + Display.date(today.plusMonths(MONTHS_AHEAD))));
        }
        if (n.starts() == null) {
            problems.add(new RuleViolation("starts", "Enter the time it starts, like 10am or 14:30"));
        }
        if (n.ends() == null) {
            problems.add(new RuleViolation("ends", "Enter the time it ends, like 2pm or 16:00"));
        } else if (n.starts() != null && !n.ends().isAfter(n.starts())) {
            problems.add(new RuleViolation("ends", "The end time must be after the start time"));
        } else if (n.starts() != null && n.on() != null && !n.on().isBefore(today)
                && n.on().atTime(n.ends()).atZone(Display.LONDON).toInstant().isBefore(clock.instant())) {
            problems.add(new RuleViolation("ends", "The event would be over already: check the times"));
        }
        if (n.capacity() == null) {
            problems.add(new RuleViolation("capacity", "Enter how many places there are, as a whole number like 40"));
        } else if (n.capacity() < 1 || n.capacity() > 5000) {
            problems.add(new RuleViolation("capacity", "The number of places must be from 1 to 5,000"));
        }
        text(problems, "accessInfo", n.accessInfo(), false, 1000, null, "Write the access information in up to 1000 characters");
        if (n.targetPlace() != null && !n.targetPlace().isEmpty() && !log.targetPlaces(programme).contains(n.targetPlace())) {
            problems.add(new RuleViolation("targetPlace", "Choose one of the programme's target places, or none of them"));
        }
        text(problems, "partner", n.partner(), false, 200, null, "Write the partner's name in up to 200 characters");
        return problems;
    }

    /** Publishes an event (refused, naming the first field, when anything is wrong). */
    @Transactional
    public UUID publish(ProgrammeId id, OutreachEvent.New n, SignedInUser by) {
        Programme programme = log.programme(id, by);
        List<RuleViolation> problems = problemsWith(id, n);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        if (programme.status() != ProgrammeStatus.OPEN) {
            throw new RuleViolation("title", programme.name() + " is not open, so residents could not see its events");
        }
        UUID event = UUID.randomUUID();
        Instant starts = n.on().atTime(n.starts()).atZone(Display.LONDON).toInstant();
        Instant ends = n.on().atTime(n.ends()).atZone(Display.LONDON).toInstant();
        records.insert(event, id.value(), n, starts, ends, postcode(n.postcode()), by.id().value(), clock.instant());
        audit.record(AuditAction.CREATE, EVENT, event, "published event " + n.title().strip() + " on " + n.on());
        return event;
    }

    /**
     * Calls an event off: it leaves the list, its page and calendar say so. {@link EventCalledOff} is published in this
     * transaction with everyone booked or waiting, so each of them is told with it.
     */
    @Transactional
    public void cancel(UUID eventId, SignedInUser by) {
        OutreachEvent event = event(eventId, by);
        if (event.cancelled()) {
            throw new RuleViolation("cancel", "The event is already called off");
        }
        if (event.endsAt().isBefore(clock.instant())) {
            throw new RuleViolation("cancel", "The event is over, so it cannot be called off");
        }
        records.cancel(eventId, clock.instant());
        audit.record(AuditAction.CHANGE, EVENT, eventId, "called off event " + event.title());
        List<EventSignUp> affected = records.signUps(eventId).stream().filter(s -> !Boolean.TRUE.equals(s.attended())).toList();
        events.publishEvent(new EventCalledOff(eventId, event.programme(), event.title(), event.when(), affected));
    }

    /** Gives someone on the waiting list a place that has come free; {@link EventPlaceGiven} tells them, in this transaction. */
    @Transactional
    public void offerPlace(UUID signUpId, SignedInUser by) {
        EventSignUp signUp = records.signUp(signUpId).orElseThrow(() -> new RecordNotFound(SIGN_UP, signUpId));
        records.lock(signUp.event());
        OutreachEvent event = event(signUp.event(), by);
        if (event.cancelled()) {
            throw new RuleViolation("waiting", "The event is called off, so there are no places to give");
        }
        if (signUp.booked()) {
            return; // already has a place: a second click changes nothing
        }
        if (records.booked(event.id()) >= event.capacity()) {
            throw new RuleViolation("waiting", "There are no places left to offer: every place is booked");
        }
        records.book(signUpId);
        audit.record(AuditAction.CHANGE, SIGN_UP, signUpId, "offered a place at " + event.title());
        String place = java.util.stream.Stream.of(event.placeName(), event.address(), event.postcode())
                .filter(part -> part != null && !part.isBlank()).map(String::strip).collect(java.util.stream.Collectors.joining(", "));
        events.publishEvent(new EventPlaceGiven(event.id(), event.programme(), event.title(), event.when(), place, signUp));
    }

    /** Takes someone off the list who cannot come (they asked), freeing their place; a referred person stays. */
    @Transactional
    public void remove(UUID signUpId, SignedInUser by) {
        EventSignUp signUp = records.signUp(signUpId).orElseThrow(() -> new RecordNotFound(SIGN_UP, signUpId));
        OutreachEvent event = event(signUp.event(), by);
        if (signUp.referralReference() != null) {
            throw new RuleViolation("waiting", signUp.fullName() + " is referred already, so they stay on the list");
        }
        records.remove(signUpId);
        audit.record(AuditAction.CHANGE, SIGN_UP, signUpId, "taken off the list for " + event.title());
    }

    /** Every problem with adding someone who came without signing up, each naming its field. */
    public List<RuleViolation> problemsWithWalkIn(OutreachEvent event, EventSignUp.New n) {
        List<RuleViolation> problems = new ArrayList<>(problemsWith(event, new EventSignUp.New(n.givenName(), n.familyName(), n.email(),
                n.phone(), n.postcode(), true, null)));
        problems.replaceAll(p -> new RuleViolation(p.field(), p.getMessage().replace("Enter your ", "Enter their ")
                .replace("so we can tell you", "so we can tell them")));
        if (event.day().isAfter(LocalDate.now(clock.withZone(Display.LONDON)))) {
            problems.add(new RuleViolation("givenName", "You can add people who came from the day of the event, " + Display.date(event.day())));
        }
        return problems;
    }

    /** Someone came without signing up: they are added as having come (over the places if need be), to refer them. */
    @Transactional
    public UUID addWalkIn(UUID eventId, EventSignUp.New n, SignedInUser by) {
        records.lock(eventId);
        OutreachEvent event = event(eventId, by);
        List<RuleViolation> problems = problemsWithWalkIn(event, n);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        UUID id = UUID.randomUUID();
        String postcode = n.postcode() == null || n.postcode().isBlank() ? null : postcode(n.postcode());
        records.insertSignUp(id, eventId, n, postcode, true, by.id().value(), clock.instant());
        audit.record(AuditAction.CREATE, SIGN_UP, id, "came to " + event.title() + " without signing up");
        return id;
    }

    /** Who came: the sign-ups listed attended, the others did not. Taken from the day the event starts. */
    @Transactional
    public int takeAttendance(UUID eventId, Collection<UUID> came, SignedInUser by) {
        OutreachEvent event = event(eventId, by);
        if (event.cancelled()) {
            throw new RuleViolation("attended", "The event was called off, so nobody came to it");
        }
        if (event.day().isAfter(LocalDate.now(clock.withZone(Display.LONDON)))) {
            throw new RuleViolation("attended", "You can take attendance from the day of the event, " + Display.date(event.day()));
        }
        var ofEvent = records.signUps(eventId).stream().map(EventSignUp::id).toList();
        if (!ofEvent.containsAll(came)) {
            throw new RecordNotFound(SIGN_UP, eventId);
        }
        var distinct = java.util.Set.copyOf(came);
        records.attendance(eventId, distinct, by.id().value());
        audit.record(AuditAction.CHANGE, EVENT, eventId, "attendance taken: " + distinct.size() + " of " + ofEvent.size() + " came");
        return distinct.size();
    }

    /** A sign-up, for staff of its event's programme; 404 otherwise. */
    @Transactional
    public EventSignUp signUp(UUID signUpId, SignedInUser user) {
        EventSignUp signUp = records.signUp(signUpId).orElseThrow(() -> new RecordNotFound(SIGN_UP, signUpId));
        event(signUp.event(), user);
        audit.record(AuditAction.READ, SIGN_UP, signUpId, "sign-up opened to refer");
        return signUp;
    }

    /** Every problem with referring an attendee, each naming its field. */
    public List<RuleViolation> problemsWith(EventSignUp.Referral r) {
        List<RuleViolation> problems = new ArrayList<>();
        name(problems, "givenName", "their first name", r.givenName());
        name(problems, "familyName", "their last name", r.familyName());
        LocalDate today = LocalDate.now(clock);
        if (r.dateOfBirth() == null) {
            problems.add(new RuleViolation("dateOfBirth", "Enter their date of birth"));
        } else if (!r.dateOfBirth().isBefore(today)) {
            problems.add(new RuleViolation("dateOfBirth", "Date of birth must be in the past"));
        } else if (r.dateOfBirth().isAfter(today.minusYears(14))) {
            problems.add(new RuleViolation("dateOfBirth", "The person must be at least 14 years old"));
        }
        if (r.postcode() == null || r.postcode().isBlank()) {
            problems.add(new RuleViolation("postcode", "Enter their home postcode"));
        } else if (!eligibility.isPostcode(r.postcode())) {
            problems.add(new RuleViolation("postcode", "Enter a real UK postcode, like RM18 7AG"));
        }
        var preference = ContactPreference.fromCode(r.contactPreference());
        if (preference.isEmpty() || preference.get() == ContactPreference.POST) {
            problems.add(new RuleViolation("contactPreference", "Choose how they would like us to contact them"));
        } else if (preference.get() == ContactPreference.EMAIL && (r.email() == null || r.email().isBlank())) {
            problems.add(new RuleViolation("email", "Enter their email address, as they would like an email"));
        } else if (preference.get() != ContactPreference.EMAIL && (r.phone() == null || r.phone().isBlank())) {
            problems.add(new RuleViolation("phone", "Enter their phone number, as they would like a call or a text"));
        }
        if (r.email() != null && !r.email().isBlank() && !ContactFormats.isEmail(r.email().strip())) {
            problems.add(new RuleViolation("email", "Enter an email address like name@example.com"));
        }
        if (r.phone() != null && !r.phone().isBlank() && !ContactFormats.isPhone(r.phone().strip())) {
            problems.add(new RuleViolation("phone", "Enter a phone number like 07700 900 982"));
        }
        if (!r.consentGiven()) {
            problems.add(new RuleViolation("consentGiven", "Confirm they have read or heard the privacy notice and agree to be referred"));
        }
        return problems;
    }

    /**
     * Refers someone who came to the event (source "event"), with what they told staff there. The same sign-up
     * referred twice gives the one referral.
     */
    @Transactional
    public Referral refer(UUID signUpId, EventSignUp.Referral r, SignedInUser by) {
        records.lockSignUp(signUpId);
        EventSignUp signUp = signUp(signUpId, by);
        OutreachEvent event = event(signUp.event(), by);
        if (event.cancelled()) {
            throw new RuleViolation("givenName", "The event was called off, so nobody can be referred from it");
        }
        if (!Boolean.TRUE.equals(signUp.attended())) {
            throw new RuleViolation("givenName", "Take attendance first: only someone who came to the event can be referred from it");
        }
        List<RuleViolation> problems = problemsWith(r);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        ContactPreference preference = ContactPreference.fromCode(r.contactPreference()).orElseThrow();
        String detail = event.title().length() > 200 ? event.title().substring(0, 200) : event.title();
        Referral referral = referrals.receiveFromEvent(new NewReferral(event.programme(), r.givenName().strip(), r.familyName().strip(),
                r.dateOfBirth(), r.postcode().strip(), blankToNull(r.email()), blankToNull(r.phone()), preference, List.of(),
                Referrals.PRIVACY_NOTICE_VERSION, true, detail, "event-sign-up:" + signUpId), by);
        records.referred(signUpId, referral.id().value());
        audit.record(AuditAction.CHANGE, SIGN_UP, signUpId, "referred as " + referral.reference());
        return referral;
    }

    private static void name(List<RuleViolation> problems, String field, String label, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new RuleViolation(field, "Enter " + label));
        } else if (value.strip().length() > 100) {
            String named = label.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + label.substring(1);
            problems.add(new RuleViolation(field, named + " must be 100 characters or fewer"));
        }
    }

    private static void text(List<RuleViolation> problems, String field, String value, boolean required, int max, String whenEmpty,
                             String whenLong) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation(field, whenEmpty));
            }
        } else if (value.strip().length() > max) {
            problems.add(new RuleViolation(field, whenLong));
        }
    }

    /** A postcode as Royal Mail writes it: capitals, one space before the last three characters. */
    static String postcode(String typed) {
        String compact = typed.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
