package org.anchorage.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every message the product sends: to whom, when, which fields its templates may use, whether the service must send it
 * (nobody can opt out of it) and the text it starts with (administrators change the texts and may put a GOV.UK Notify
 * template in their place). Defined here, in code, as each one is caused by the code that sends it.
 *
 * @param code        the template key, e.g. referral-received
 * @param audience    resident, referrer, staff or host
 * @param label       its name in the programme's words
 * @param when        when and why it goes, for the templates page and the note
 * @param required    the service must send it, so it cannot be opted out of
 * @param fields      the ((fields)) its text may use, each always filled in
 * @param defaults    the starting texts by channel ("email", "text", "letter", and "email/easy-read" for a format)
 * @param subject     the starting email subject
 */
public record MessageKind(String code, String audience, String label, String when, boolean required, List<String> fields,
                          String subject, Map<String, String> defaults) {

    public static final String RESIDENT = "resident";
    public static final String REFERRER = "referrer";
    public static final String STAFF = "staff";
    public static final String HOST = "host";

    public static final MessageKind REFERRAL_RECEIVED = new MessageKind("referral-received", RESIDENT, "Referral received",
            "At once, when a referral reaches the programme (self-referral, a partner's, or at an event)", true,
            List.of("name", "reference", "programme", "contact"),
            "We have your referral: ((reference))",
            Map.of("email", """
                            Dear ((name)),

                            Thank you. Your referral to ((programme)) has reached us. Your reference is ((reference)).

                            Someone from the team will get in touch within 2 working days.

                            To talk to us before then: ((contact)). Say your reference.""",
                    "email/easy-read", """
                            Hello ((name)).

                            We got your form.

                            Your number is ((reference)).

                            We will call you soon.

                            You can call us: ((contact)).""",
                    "text", "((programme)): we have your referral, reference ((reference)). We will be in touch within 2 working days. To talk to us: ((contact))",
                    "letter", """
                            Dear ((name))

                            Thank you. Your referral to ((programme)) has reached us. Your reference is ((reference)).

                            Someone from the team will get in touch within 2 working days. To talk to us before then: ((contact)). Please say your reference."""));

    public static final MessageKind NAVIGATOR_NAMED = new MessageKind("navigator-named", RESIDENT, "Your navigator",
            "When the referral is accepted: the name of the navigator who will work with the person", false,
            List.of("name", "navigator", "programme", "contact"),
            "Your navigator on ((programme)) is ((navigator))",
            Map.of("email", """
                            Dear ((name)),

                            Welcome to ((programme)). Your navigator is ((navigator)). They will get in touch soon to meet you and make a plan together.

                            To talk to the team: ((contact)).""",
                    "text", "Welcome to ((programme)). Your navigator is ((navigator)) and will be in touch soon. To talk to the team: ((contact))",
                    "letter", """
                            Dear ((name))

                            Welcome to ((programme)). Your navigator is ((navigator)). They will get in touch soon to meet you and make a plan together.

                            To talk to the team: ((contact))."""));

    public static final MessageKind APPOINTMENT_REMINDER = new MessageKind("appointment-reminder", RESIDENT, "Appointment reminder",
            "At 8am the day before an appointment with their navigator that is still to happen (the morning run, once across nodes)", false,
            List.of("name", "when", "place", "purpose"),
            "Reminder: your appointment ((when))",
            Map.of("email", """
                            Dear ((name)),

                            This is a reminder of your appointment ((when)) at ((place)): ((purpose)).

                            If you cannot come, please tell your navigator.""",
                    "text", "Reminder: your appointment ((when)) at ((place)) (((purpose))). If you cannot come, tell your navigator.",
                    "letter", """
                            Dear ((name))

                            This is a reminder of your appointment ((when)) at ((place)): ((purpose)). If you cannot come, please tell your navigator."""));

    public static final MessageKind TRAINING_REMINDER = new MessageKind("training-reminder", RESIDENT, "Training reminder",
            "At 8am the day before a training session they have a booked place on (not the waiting list; the morning run)", false,
            List.of("name", "course", "when", "place"),
            "Reminder: ((course)) ((when))",
            Map.of("email", """
                            Dear ((name)),

                            This is a reminder that you are booked on ((course)) ((when)) at ((place)).

                            If you cannot come, please tell your navigator so someone else can have the place.""",
                    "text", "Reminder: you are booked on ((course)) ((when)) at ((place)). If you cannot come, tell your navigator.",
                    "letter", """
                            Dear ((name))

                            This is a reminder that you are booked on ((course)) ((when)) at ((place)). If you cannot come, please tell your navigator."""));

    public static final MessageKind INTERVIEW_DETAILS = new MessageKind("interview-details", RESIDENT, "Interview details",
            "At once, when their navigator records an interview arranged for a job they applied for (not one recorded after it happened)", false,
            List.of("name", "role", "employer", "when"),
            "Your interview for ((role))",
            Map.of("email", """
                            Dear ((name)),

                            Good news: ((employer)) would like to interview you for ((role)) on ((when)).

                            Your navigator can help you get ready.""",
                    "text", "Good news: ((employer)) would like to interview you for ((role)) on ((when)). Your navigator can help you get ready.",
                    "letter", """
                            Dear ((name))

                            Good news: ((employer)) would like to interview you for ((role)) on ((when)). Your navigator can help you get ready."""));

    public static final MessageKind OFFER_DETAILS = new MessageKind("offer-details", RESIDENT, "Offer details",
            "At once, when a host makes a conditional offer of a placement, or an offer of a job is recorded", false,
            List.of("name", "role", "employer"),
            "An offer for ((role))",
            Map.of("email", """
                            Dear ((name)),

                            Well done: ((employer)) has offered you the role of ((role)). The offer depends on the pre-employment checks, which your navigator will help you with.""",
                    "text", "Well done: ((employer)) has offered you the role of ((role)), subject to checks. Your navigator will help you with them.",
                    "letter", """
                            Dear ((name))

                            Well done: ((employer)) has offered you the role of ((role)). The offer depends on the pre-employment checks, which your navigator will help you with."""));

    public static final MessageKind START_DETAILS = new MessageKind("start-details", RESIDENT, "Start details",
            "At once, when a job start is recorded for a day still to come", false,
            List.of("name", "role", "employer", "starts"),
            "You start as ((role)) on ((starts))",
            Map.of("email", """
                            Dear ((name)),

                            You start as ((role)) at ((employer)) on ((starts)). Good luck: your navigator and mentor are there if you need them.""",
                    "text", "You start as ((role)) at ((employer)) on ((starts)). Good luck!",
                    "letter", """
                            Dear ((name))

                            You start as ((role)) at ((employer)) on ((starts)). Good luck: your navigator and mentor are there if you need them."""));

    public static final MessageKind MENTOR_SESSION = new MessageKind("mentor-session", RESIDENT, "Mentor session",
            "At once, when their mentor records a session they came to (not one they missed)", false,
            List.of("name", "mentor", "when"),
            "Your session with ((mentor))",
            Map.of("email", """
                            Dear ((name)),

                            Your mentor ((mentor)) has recorded your session together on ((when)). Get in touch with them any time you need to talk.""",
                    "text", "Your mentor ((mentor)) has recorded your session together on ((when)).",
                    "letter", """
                            Dear ((name))

                            Your mentor ((mentor)) has recorded your session together on ((when)). Get in touch with them any time you need to talk."""));

    public static final MessageKind EVENT_CALLED_OFF = new MessageKind("event-called-off", RESIDENT, "Event called off",
            "At once, to everyone booked or waiting, when staff call off an event they signed up for", true,
            List.of("name", "event", "when"),
            "Called off: ((event)) on ((when))",
            Map.of("email", """
                            Dear ((name)),

                            We are sorry: ((event)) on ((when)) has been called off. Please do not travel to it.

                            See the other events on our website.""",
                    "text", "Sorry: ((event)) on ((when)) has been called off. Please do not travel to it."));

    public static final MessageKind EVENT_PLACE_FREE = new MessageKind("event-place-free", RESIDENT, "A place came free",
            "At once, when staff give someone on the waiting list a place that came free", false,
            List.of("name", "event", "when", "place"),
            "You have a place: ((event))",
            Map.of("email", """
                            Dear ((name)),

                            Good news: a place came free and it is yours. ((event)) is on ((when)) at ((place)).""",
                    "text", "Good news: you now have a place at ((event)) on ((when)) at ((place))."));

    public static final MessageKind REFERRAL_STATUS = new MessageKind("referral-status", REFERRER, "Your referral has moved on",
            "To the partner who made the referral, each time its status changes (accepted, declined, signposted, merged), with the reason", true,
            List.of("name", "reference", "status", "reason", "link"),
            "Referral ((reference)): ((status))",
            Map.of("email", """
                            Dear ((name)),

                            The referral ((reference)) you made is now: ((status)).

                            Reason: ((reason))

                            See it in Anchorage: ((link))"""));

    public static final MessageKind SAFEGUARDING_CONCERN = new MessageKind("safeguarding-concern", STAFF, "New safeguarding concern",
            "At once, to the programme's designated safeguarding lead and every deputy, when a concern is raised (none while it has neither: its managers see it on their worklist)", true,
            List.of("name", "programme", "urgency", "link"),
            "New safeguarding concern: ((urgency))",
            Map.of("email", """
                            Dear ((name)),

                            A new safeguarding concern has been raised on ((programme)) (((urgency))). It must be acknowledged within 1 working day.

                            Open it in Anchorage: ((link))

                            This email holds nothing about the person: sign in to read it."""));

    public static final MessageKind OVERDUE_DIGEST = new MessageKind("overdue-digest", STAFF, "What is overdue",
            "At 8am each day, to each navigator with overdue work on their worklist, counted by kind with no names (nothing goes when nothing is overdue)", false,
            List.of("name", "overdue", "summary", "link"),
            "((overdue)) overdue on your worklist",
            Map.of("email", """
                            Dear ((name)),

                            This is what is overdue on your worklist this morning (((overdue)) in all):

                            ((summary))

                            Open your worklist to see who each one is for: ((link))"""));

    public static final MessageKind CANDIDATE_PUT_FORWARD = new MessageKind("candidate-put-forward", HOST, "Candidate put forward",
            "At once, to the host organisation's people (its enabled employer users), when a candidate is put forward for their placement", false,
            List.of("name", "placement", "link"),
            "A candidate for ((placement))",
            Map.of("email", """
                            Dear ((name)),

                            The programme has put forward a candidate for ((placement)).

                            See the candidate and tell us what you decide: ((link))"""));

    public static final MessageKind HOST_FEEDBACK_DUE = new MessageKind("host-feedback-due", HOST, "Feedback due",
            "At 8am on the day feedback on a placement falls due (the midpoint and the end), to the host organisation's people", false,
            List.of("name", "placement", "due", "link"),
            "Feedback due: ((placement))",
            Map.of("email", """
                            Dear ((name)),

                            Your feedback on the placement ((placement)) is due today, ((due)). It takes a few minutes and helps the person grow.

                            Give it here: ((link))"""));

    public static final List<MessageKind> ALL = List.of(REFERRAL_RECEIVED, NAVIGATOR_NAMED, APPOINTMENT_REMINDER, TRAINING_REMINDER,
            INTERVIEW_DETAILS, OFFER_DETAILS, START_DETAILS, MENTOR_SESSION, EVENT_CALLED_OFF, EVENT_PLACE_FREE, REFERRAL_STATUS,
            SAFEGUARDING_CONCERN, OVERDUE_DIGEST, CANDIDATE_PUT_FORWARD, HOST_FEEDBACK_DUE);

    public static final Set<String> CHANNELS = Set.of("email", "text", "letter");
    public static final Set<String> FORMATS = Set.of("standard", "easy-read", "large-print");

    /**
     * When it goes, said to the person who gets it (their own choices page), in plain words; {@link #when} says it to
     * the administrators who keep the templates.
     */
    public String toYou() {
        return switch (code) {
            case "referral-received" -> "When we get a referral for you: your reference and how to contact us";
            case "navigator-named" -> "When you join: the name of the person who will work with you";
            case "appointment-reminder" -> "The day before an appointment with us";
            case "training-reminder" -> "The day before a training session you have a place on";
            case "interview-details" -> "When an interview is arranged for you: when and where";
            case "offer-details" -> "When you are offered a placement or a job";
            case "start-details" -> "Before you start a job: when and where to go";
            case "mentor-session" -> "After you meet your mentor";
            case "event-called-off" -> "If an event you signed up for is called off";
            case "event-place-free" -> "If a place comes free at an event you are waiting for";
            case "referral-status" -> "When a referral you made is accepted, declined, signposted or merged, with the reason";
            case "safeguarding-concern" -> "If you are a programme's safeguarding lead or deputy: at once, when a concern is raised";
            case "overdue-digest" -> "At 8am on a day when work on your worklist is overdue: how many of each kind, with no names";
            case "candidate-put-forward" -> "When a candidate is put forward for one of your organisation's placements";
            case "host-feedback-due" -> "On the day feedback on one of your organisation's placements is due (halfway and at the end)";
            default -> when;
        };
    }

    public static Optional<MessageKind> of(String code) {
        return ALL.stream().filter(k -> k.code.equals(code)).findFirst();
    }

    /** Those a person may opt out of, of the ones that reach them. */
    public static List<MessageKind> optional(Set<String> audiences) {
        return ALL.stream().filter(k -> !k.required && audiences.contains(k.audience)).toList();
    }
}
