package org.anchorage.support.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.participant.EngagementFacts.Attendance;
import org.anchorage.participant.EngagementFacts.CheckWaiting;
import org.anchorage.participant.EngagementFacts.Contact;
import org.anchorage.participant.EngagementFacts.Enrolment;
import org.anchorage.participant.EngagementFacts.Fact;
import org.anchorage.participant.EngagementFacts.PlacementPeriod;
import org.anchorage.participant.EngagementFacts.PlacementWeek;
import org.anchorage.participant.EngagementFacts.Source;
import org.anchorage.participant.ParticipantId;
import org.anchorage.plan.WellbeingScale;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.calendar.WorkingDays;
import org.anchorage.shared.web.Display;
import org.anchorage.support.EarlyWarningRule;
import org.anchorage.support.EarlyWarningRule.Code;

/**
 * The six early-warning rules, evaluated in one place over facts the modules gathered: pure code, no
 * Spring, no database, so the same facts always give the same flags (the benchmark relies on it, comparing
 * a set-based run with person-by-person runs). Each flag says why in plain words and since when.
 */
public final class EarlyWarningEvaluation {

    /** A flag that holds today. */
    public record Raised(ParticipantId participant, Code rule, LocalDate since, String why) {}

    /** A wellbeing check-in on a scale. */
    public record Checkin(ParticipantId participant, UUID scale, LocalDate on, Instant recordedAt, List<Integer> scores) {}

    private static final List<String> ONS4_NAMES = List.of("life satisfaction", "worthwhile", "happiness", "anxiety");

    private EarlyWarningEvaluation() {}

    /** The flags that hold today for everyone with an enrolment among the facts, in a stable order. */
    public static List<Raised> evaluate(Collection<Fact> facts, Collection<Checkin> checkins, Map<ProgrammeId, Map<Code, EarlyWarningRule>> rules,
                                        Map<UUID, WellbeingScale> scales, Set<LocalDate> holidays, LocalDate today) {
        Map<ParticipantId, Person> people = new HashMap<>();
        for (Fact fact : facts) {
            if (fact instanceof Enrolment e) {
                people.computeIfAbsent(e.participant(), Person::new).enrolment = e;
            }
        }
        for (Fact fact : facts) {
            Person p = people.get(fact.participant());
            if (p == null) {
                continue;
            }
            switch (fact) {
                case Enrolment e -> { }
                case Contact c -> p.lastContact = p.lastContact == null || c.on().isAfter(p.lastContact) ? c.on() : p.lastContact;
                case Attendance a -> p.attendance.add(a);
                case PlacementWeek w -> p.weeks.add(w);
                case CheckWaiting c -> p.checks.add(c);
                case PlacementPeriod pp -> p.placements.add(pp);
            }
        }
        for (Checkin c : checkins) {
            Person p = people.get(c.participant());
            if (p != null) {
                p.checkins.add(c);
            }
        }
        List<Raised> raised = new ArrayList<>();
        for (Person p : people.values()) {
            if (p.enrolment.withdrawn()) {
                continue;
            }
            Map<Code, EarlyWarningRule> set = rules.getOrDefault(p.enrolment.programme(), Map.of());
            for (Code code : Code.values()) {
                EarlyWarningRule rule = set.getOrDefault(code, code.byDefault());
                if (!rule.enabled()) {
                    continue;
                }
                Raised r = switch (code) {
                    case NO_CONTACT -> noContact(p, rule, today);
                    case MISSED_IN_A_ROW -> missedInARow(p, rule, today);
                    case WELLBEING_DROP -> wellbeing(p, rule, scales, today);
                    case PLACEMENT_ATTENDANCE -> attendance(p, rule, today);
                    case CHECK_STUCK -> checkStuck(p, rule, holidays, today);
                    case NO_MENTORING_IN_PLACEMENT -> noMentoring(p, rule, today);
                };
                if (r != null) {
                    raised.add(r);
                }
            }
        }
        raised.sort(ORDER);
        return raised;
    }

    public static final Comparator<Raised> ORDER = Comparator.comparing((Raised r) -> r.participant().value()).thenComparing(Raised::rule);

    private static Raised noContact(Person p, EarlyWarningRule rule, LocalDate today) {
        LocalDate last = p.lastContact != null ? p.lastContact : p.enrolment.enrolledOn();
        LocalDate since = last.plusDays(rule.threshold());
        if (since.isAfter(today)) {
            return null;
        }
        return new Raised(p.id, Code.NO_CONTACT, since, p.lastContact != null
                ? "No contact since " + Display.date(last) + " (" + rule.threshold() + " days or more)"
                : "No contact since enrolling on " + Display.date(last) + " (" + rule.threshold() + " days or more)");
    }

    private static final Comparator<Attendance> BY_DAY = Comparator.comparing(Attendance::on).thenComparing(Attendance::source)
            .thenComparing(Attendance::attended, Comparator.reverseOrder()).thenComparing(Attendance::what);

    private static Raised missedInARow(Person p, EarlyWarningRule rule, LocalDate today) {
        List<Attendance> sorted = p.attendance.stream().filter(a -> !a.on().isAfter(today)).sorted(BY_DAY).toList();
        int run = 0;
        while (run < sorted.size() && !sorted.get(sorted.size() - 1 - run).attended()) {
            run++;
        }
        if (run < rule.threshold()) {
            return null;
        }
        List<Attendance> missed = sorted.subList(sorted.size() - run, sorted.size());
        Attendance latest = missed.getLast();
        return new Raised(p.id, Code.MISSED_IN_A_ROW, missed.get(rule.threshold() - 1).on(),
                "Missed " + run + " in a row, the latest " + article(latest.source()) + " on " + Display.date(latest.on()));
    }

    private static String article(Source source) {
        return (source == Source.APPOINTMENT ? "an " : "a ") + source.label();
    }

    private static Raised wellbeing(Person p, EarlyWarningRule rule, Map<UUID, WellbeingScale> scales, LocalDate today) {
        Comparator<Checkin> order = Comparator.comparing(Checkin::on).thenComparing(Checkin::recordedAt);
        Checkin latest = p.checkins.stream().filter(c -> !c.on().isAfter(today)).max(order).orElse(null);
        if (latest == null || !scales.containsKey(latest.scale())) {
            return null;
        }
        WellbeingScale scale = scales.get(latest.scale());
        Checkin previous = p.checkins.stream().filter(c -> c.scale().equals(latest.scale()) && order.compare(c, latest) < 0)
                .max(order).orElse(null);
        boolean tenPoint = scale.minScore() == 0 && scale.maxScore() == 10;
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < scale.items().size() && i < latest.scores().size(); i++) {
            WellbeingScale.Item item = scale.items().get(i);
            String name = "ONS4".equals(scale.code()) && i < ONS4_NAMES.size() ? ONS4_NAMES.get(i) : "item " + (i + 1);
            int now = latest.scores().get(i);
            if (previous != null && i < previous.scores().size()) {
                int before = previous.scores().get(i);
                int worse = item.lowerIsBetter() ? now - before : before - now;
                if (worse >= rule.threshold()) {
                    reasons.add(name + (item.lowerIsBetter() ? " up" : " down") + " from " + before + " to " + now);
                    continue;
                }
            }
            // The score thresholds are in ONS4's terms, so they apply only to scales scored 0 to 10.
            if (tenPoint && !item.lowerIsBetter() && rule.lowScore() != null && now <= rule.lowScore()) {
                reasons.add(name + " " + now + " (" + rule.lowScore() + " or lower)");
            } else if (tenPoint && item.lowerIsBetter() && rule.highScore() != null && now >= rule.highScore()) {
                reasons.add(name + " " + now + " (" + rule.highScore() + " or higher)");
            }
        }
        if (reasons.isEmpty()) {
            return null;
        }
        return new Raised(p.id, Code.WELLBEING_DROP, latest.on(),
                "Wellbeing check-in on " + Display.date(latest.on()) + ": " + String.join("; ", reasons));
    }

    private static Raised attendance(Person p, EarlyWarningRule rule, LocalDate today) {
        PlacementWeek week = p.weeks.stream().filter(w -> !w.weekStarting().isAfter(today))
                .max(Comparator.comparing(PlacementWeek::weekStarting).thenComparing(PlacementWeek::attendedHours)).orElse(null);
        if (week == null || week.expectedHours().signum() <= 0) {
            return null;
        }
        BigDecimal share = week.attendedHours().multiply(BigDecimal.valueOf(100)).divide(week.expectedHours(), 1, RoundingMode.HALF_UP);
        if (share.compareTo(BigDecimal.valueOf(rule.threshold())) >= 0) {
            return null;
        }
        return new Raised(p.id, Code.PLACEMENT_ATTENDANCE, week.weekStarting(), "Attended " + week.attendedHours().stripTrailingZeros().toPlainString()
                + " of " + week.expectedHours().stripTrailingZeros().toPlainString() + " hours (" + share.setScale(0, RoundingMode.HALF_UP)
                + "%) in the week of " + Display.date(week.weekStarting()) + ", under " + rule.threshold() + "%");
    }

    private static Raised checkStuck(Person p, EarlyWarningRule rule, Set<LocalDate> holidays, LocalDate today) {
        List<CheckWaiting> stuck = p.checks.stream()
                .filter(c -> !WorkingDays.add(c.requestedOn(), rule.threshold(), holidays).isAfter(today))
                .sorted(Comparator.comparing(CheckWaiting::requestedOn).thenComparing(CheckWaiting::what)).toList();
        if (stuck.isEmpty()) {
            return null;
        }
        CheckWaiting oldest = stuck.getFirst();
        return new Raised(p.id, Code.CHECK_STUCK, WorkingDays.add(oldest.requestedOn(), rule.threshold(), holidays),
                (stuck.size() == 1 ? "Employment check not cleared: " + oldest.what() : stuck.size() + " employment checks not cleared: "
                        + String.join(", ", stuck.stream().map(CheckWaiting::what).toList()))
                        + ", " + rule.threshold() + " working days after being requested on " + Display.date(oldest.requestedOn()));
    }

    private static Raised noMentoring(Person p, EarlyWarningRule rule, LocalDate today) {
        PlacementPeriod placement = p.placements.stream().filter(pp -> !pp.startedOn().isAfter(today) && !pp.endsOn().isBefore(today))
                .min(Comparator.comparing(PlacementPeriod::startedOn)).orElse(null);
        if (placement == null) {
            return null;
        }
        LocalDate lastSession = p.attendance.stream().filter(a -> a.source() == Source.MENTORING && a.attended() && !a.on().isAfter(today))
                .map(Attendance::on).max(Comparator.naturalOrder()).orElse(null);
        boolean sinceSession = lastSession != null && lastSession.isAfter(placement.startedOn());
        LocalDate from = sinceSession ? lastSession : placement.startedOn();
        LocalDate since = from.plusDays(rule.threshold());
        if (since.isAfter(today)) {
            return null;
        }
        return new Raised(p.id, Code.NO_MENTORING_IN_PLACEMENT, since, (sinceSession
                ? "No mentoring session since " + Display.date(lastSession)
                : "No mentoring session since the placement started on " + Display.date(placement.startedOn()))
                + " (" + rule.threshold() + " days or more)");
    }

    private static final class Person {
        final ParticipantId id;
        Enrolment enrolment;
        LocalDate lastContact;
        final List<Attendance> attendance = new ArrayList<>();
        final List<PlacementWeek> weeks = new ArrayList<>();
        final List<CheckWaiting> checks = new ArrayList<>();
        final List<PlacementPeriod> placements = new ArrayList<>();
        final List<Checkin> checkins = new ArrayList<>();

        Person(ParticipantId id) {
            this.id = id;
        }
    }
}
