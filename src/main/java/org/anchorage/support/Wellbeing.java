package org.anchorage.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.participant.SupportFacts;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.plan.WellbeingScale;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.anchorage.support.internal.WellbeingRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wellbeing check-ins on the programme's validated scale (ONS4 unless the programme chose another), recorded
 * by the person's navigator or a manager, their mentor, or the person on their own page; and the trend over
 * time, with the plan's assessment scores on the same scale as points of it. Scores are special-category.
 */
@Service
public class Wellbeing {

    public static final String RECORD_TYPE = "wellbeing";
    public static final String DEFAULT_SCALE = "ONS4";
    /** Okabe–Ito: distinguishable with the common colour-vision deficiencies, and dark enough on white. */
    static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000");
    static final List<String> DASHES = List.of("", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4");
    static final List<String> MARKERS = List.of("circle", "square", "triangle", "diamond", "circle", "square", "triangle");

    private final WellbeingRecords records;
    private final Mentoring mentoring;
    private final Participants participants;
    private final Plans plans;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Wellbeing(WellbeingRecords records, Mentoring mentoring, Participants participants, Plans plans, AccessPolicy access,
              AuditTrail audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.records = records;
        this.mentoring = mentoring;
        this.participants = participants;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scale a programme's check-ins use: the one it chose, or ONS4. */
    @Transactional(readOnly = true)
    public WellbeingScale scaleFor(ProgrammeId programme) {
        List<WellbeingScale> scales = plans.scales();
        Optional<UUID> chosen = records.chosenScale(programme);
        return scales.stream().filter(s -> chosen.map(s.id()::equals).orElse(s.code().equals(DEFAULT_SCALE))).findFirst()
                .orElse(scales.getFirst());
    }

    /** A programme manager of the programme chooses its scale by code (one the service holds, e.g. SWEMWBS added under licence). */
    @Transactional
    public void chooseScale(ProgrammeId programme, String code, SignedInUser by) {
        if (!access.scopeOf(by).managesProgramme(programme.value()) || !by.has(Role.PROGRAMME_MANAGER, Role.ADMINISTRATOR)) {
            throw new RecordNotFound("programme", programme);
        }
        WellbeingScale scale = plans.scales().stream().filter(s -> s.code().equalsIgnoreCase(String.valueOf(code))).findFirst()
                .orElseThrow(() -> new RuleViolation("scale", "Choose a wellbeing scale the service holds"));
        records.chooseScale(programme, scale.id(), by.id(), clock.instant());
        audit.record(AuditAction.CHANGE, "programme", programme, "wellbeing check-ins use " + scale.code());
    }

    /** The scale this person's check-ins use, for a form; 404 for anyone who may not record one. */
    @Transactional(readOnly = true)
    public WellbeingScale scaleForPerson(ParticipantId person, SignedInUser by) {
        return scaleFor(recorder(person, by).facts().programme());
    }

    /** What is wrong with these answers on this scale: each item named, nothing saved. Fields are score0, score1 … */
    public static List<RuleViolation> problemsWith(WellbeingScale scale, List<Integer> scores) {
        List<RuleViolation> problems = new ArrayList<>();
        for (int i = 0; i < scale.items().size(); i++) {
            Integer score = scores != null && i < scores.size() ? scores.get(i) : null;
            String item = itemName(scale, i);
            if (score == null) {
                problems.add(new RuleViolation("score" + i, "Choose an answer for " + item));
            } else if (score < scale.minScore() || score > scale.maxScore()) {
                problems.add(new RuleViolation("score" + i, "The answer for " + item + " must be from " + scale.minScore() + " to "
                        + scale.maxScore()));
            }
        }
        return problems;
    }

    /** A short name for an item in messages: ONS4's own words ("life satisfaction"), or "question 2". */
    public static String itemName(WellbeingScale scale, int i) {
        if (scale.code().equals(DEFAULT_SCALE) && i < ONS4_NAMES.size()) {
            return ONS4_NAMES.get(i);
        }
        return "question " + (i + 1);
    }

    static final List<String> ONS4_NAMES = List.of("life satisfaction", "feeling things are worthwhile", "happiness yesterday",
            "anxiety yesterday");
    /** Column and key labels, short enough for a table beside the chart on a phone. */
    static final List<String> ONS4_SHORT = List.of("Life satisfaction", "Worthwhile", "Happiness", "Anxiety");

    static String shortName(WellbeingScale scale, int i) {
        return scale.code().equals(DEFAULT_SCALE) && i < ONS4_SHORT.size() ? ONS4_SHORT.get(i) : "Question " + (i + 1);
    }

    /**
     * Records a check-in for today: by the person's navigator or a manager of their programme, by their
     * current mentor, or by the person themselves on their own page; each score within the scale.
     */
    @Transactional
    public UUID checkIn(ParticipantId person, List<Integer> scores, SignedInUser by) {
        Recorder recorder = recorder(person, by);
        WellbeingScale scale = scaleFor(recorder.facts().programme());
        MentoringProblems.throwIfAny(problemsWith(scale, scores));
        UUID id = UUID.randomUUID();
        records.insert(id, person, scale.id(), LocalDate.now(clock.withZone(Mentoring.LONDON)), List.copyOf(scores), by.id(),
                recorder.as(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, person, "wellbeing check-in on " + scale.code() + " recorded as " + recorder.as());
        // A low score or a drop raises the wellbeing warning as soon as the check-in is saved.
        events.publishEvent(new org.anchorage.participant.EngagementChanged(person, "wellbeing check-in"));
        return id;
    }

    /** The trend on the programme's scale for the staff who act for the person (audited); 404 for anyone else. */
    @Transactional
    public WellbeingTrend trend(ParticipantId person, SignedInUser by) {
        SupportFacts facts = participants.supportFacts(person).orElseThrow(() -> new RecordNotFound(Participants.RECORD_TYPE, person));
        if (!access.scopeOf(by).actsFor(facts.programme().value(), facts.navigator())) {
            throw new RecordNotFound(Participants.RECORD_TYPE, person);
        }
        WellbeingScale scale = scaleFor(facts.programme());
        List<WellbeingTrend.Row> rows = new ArrayList<>();
        for (Assessment a : plans.plan(person, by).assessments()) {
            if (a.scale().equals(scale.id()) && a.scores() != null && a.scores().size() == scale.items().size()) {
                rows.add(new WellbeingTrend.Row(a.assessedOn(), "Assessment", a.scores()));
            }
        }
        for (WellbeingCheckIn c : records.of(person)) {
            if (c.scale().equals(scale.id())) {
                rows.add(new WellbeingTrend.Row(c.checkedOn(), c.recordedAsLabel(), c.scores()));
            }
        }
        rows.sort(java.util.Comparator.comparing(WellbeingTrend.Row::on));
        audit.record(AuditAction.READ, RECORD_TYPE, person, "viewed the wellbeing trend (" + rows.size() + " check-ins)");
        return chart(scale, rows);
    }

    /** The chart's geometry: check-ins spaced evenly in date order along x, scores from min (bottom) to max (top). */
    static WellbeingTrend chart(WellbeingScale scale, List<WellbeingTrend.Row> rows) {
        double left = WellbeingTrend.LEFT;
        double right = WellbeingTrend.WIDTH - WellbeingTrend.RIGHT;
        double top = WellbeingTrend.TOP;
        double bottom = WellbeingTrend.HEIGHT - WellbeingTrend.BOTTOM;
        int n = rows.size();
        java.util.function.IntToDoubleFunction x = i -> n <= 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1);
        java.util.function.IntToDoubleFunction y = v -> bottom - (bottom - top) * (v - scale.minScore())
                / (double) (scale.maxScore() - scale.minScore());
        List<WellbeingTrend.Series> series = new ArrayList<>();
        for (int item = 0; item < scale.items().size(); item++) {
            StringBuilder points = new StringBuilder();
            List<WellbeingTrend.Point> markers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int v = rows.get(i).scores().get(item);
                double px = round(x.applyAsDouble(i));
                double py = round(y.applyAsDouble(v));
                points.append(points.isEmpty() ? "" : " ").append(px).append(',').append(py);
                markers.add(new WellbeingTrend.Point(px, py, v, rows.get(i).on()));
            }
            int k = item % COLOURS.size();
            String name = shortName(scale, item);
            series.add(new WellbeingTrend.Series(name, scale.items().get(item).lowerIsBetter(), COLOURS.get(k), DASHES.get(k),
                    MARKERS.get(k), points.toString(), markers));
        }
        List<WellbeingTrend.Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Label the first, the last and, when there are many, a few between, so labels never overlap at 320 px.
            if (n <= 4 || i == 0 || i == n - 1 || i == n / 2) {
                xTicks.add(new WellbeingTrend.Tick(round(x.applyAsDouble(i)), Display.shortDate(rows.get(i).on())));
            }
        }
        List<WellbeingTrend.Tick> yTicks = new ArrayList<>();
        int step = Math.max(1, (scale.maxScore() - scale.minScore()) / 5);
        for (int v = scale.minScore(); v <= scale.maxScore(); v += step) {
            yTicks.add(new WellbeingTrend.Tick(round(y.applyAsDouble(v)), Integer.toString(v)));
        }
        return new WellbeingTrend(scale, List.copyOf(rows), series, xTicks, yTicks, summary(scale, rows));
    }

    /** One sentence saying what the chart shows, so a reader who cannot see it gets the gist (the table has the rest). */
    static String summary(WellbeingScale scale, List<WellbeingTrend.Row> rows) {
        if (rows.isEmpty()) {
            return "No wellbeing check-ins yet.";
        }
        WellbeingTrend.Row first = rows.getFirst();
        WellbeingTrend.Row last = rows.getLast();
        boolean one = rows.size() == 1;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < scale.items().size(); i++) {
            parts.add(itemName(scale, i) + " " + (one ? "" + first.scores().get(i) : first.scores().get(i) + " to " + last.scores().get(i)));
        }
        String lower = scale.items().stream().anyMatch(WellbeingScale.Item::lowerIsBetter)
                ? " For " + String.join(" and ", java.util.stream.IntStream.range(0, scale.items().size())
                        .filter(i -> scale.items().get(i).lowerIsBetter()).mapToObj(i -> itemName(scale, i)).toList())
                        + ", lower is better; for the others, higher is better." : " Higher is better.";
        return rows.size() + (one ? " check-in" : " check-ins") + " on " + scale.name()
                + (one ? " on " + Display.date(first.on()) : " from " + Display.date(first.on()) + " to " + Display.date(last.on()))
                + ", scored " + scale.minScore() + " to "
                + scale.maxScore() + ": " + String.join("; ", parts) + "." + lower;
    }

    private record Recorder(SupportFacts facts, String as) {}

    /** Who is recording, and in which capacity; 404 for anyone who may not. */
    private Recorder recorder(ParticipantId person, SignedInUser by) {
        SupportFacts facts = participants.supportFacts(person).orElseThrow(() -> new RecordNotFound(Participants.RECORD_TYPE, person));
        var scope = access.scopeOf(by);
        if (scope.actsFor(facts.programme().value(), facts.navigator())) {
            return new Recorder(facts, by.has(Role.PROGRAMME_MANAGER) ? "programme-manager" : "navigator");
        }
        if (by.has(Role.MENTOR) && mentoring.mentorsNow(person, by)) {
            return new Recorder(facts, "mentor");
        }
        if (participants.ownRecord(by).map(person::equals).orElse(false)) {
            return new Recorder(facts, "participant");
        }
        throw new RecordNotFound(Participants.RECORD_TYPE, person);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
