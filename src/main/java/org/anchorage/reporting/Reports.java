package org.anchorage.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.Areas;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.EqualityMonitoring;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.reporting.Figures.Line;
import org.anchorage.reporting.Figures.Share;
import org.anchorage.reporting.internal.MilestoneLog;
import org.anchorage.reporting.internal.MilestoneLog.Count;
import org.anchorage.reporting.internal.Population;
import org.anchorage.reporting.internal.ReachRecords;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's reports: the journey (funnel), who was reached, and equality of access, for a period and a
 * grouping. Funders and administrators always get figures under disclosure control, over whole calendar
 * months; the programme's own managers get exact counts on the pages. Every export and API answer is
 * suppressed, whoever asks. Nothing about a person leaves this class: only counts.
 */
@Service
public class Reports {

    public static final String RECORD_TYPE = "report";
    /** The longest period a report covers. */
    public static final int MAX_YEARS = 10;

    /** The reports, by code, with their titles. */
    public static final Map<String, String> REPORTS;
    /** The groupings a funnel may be split by, with their names. */
    public static final Map<String, String> GROUPINGS;

    static {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("funnel", "The journey: from referral to staying in work");
        r.put("reach", "Who was reached");
        r.put("equality", "Equality of access");
        r.put("progress", "Progress: training, placements and wellbeing");
        r.put("targets", "Targets and costs");
        REPORTS = Collections.unmodifiableMap(r);
        Map<String, String> g = new LinkedHashMap<>();
        g.put("none", "Not split");
        g.put("local-authority", "Local authority");
        g.put("target-place", "Target place");
        g.put("decile", "IMD decile");
        g.put("source", "Referral source");
        GROUPINGS = Collections.unmodifiableMap(g);
    }

    private final MilestoneLog log;
    private final ReachRecords reach;
    private final org.anchorage.outreach.OutreachLog outreach;
    private final Population population;
    private final Programmes programmes;
    private final Participants participants;
    private final Areas areas;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProgrammeTargets targets;
    private final org.anchorage.support.BarrierFunds funds;
    private final org.anchorage.reporting.internal.ProgressRecords progress;
    private final org.anchorage.support.Wellbeing wellbeing;

    Reports(MilestoneLog log, ReachRecords reach, org.anchorage.outreach.OutreachLog outreach, Population population, Programmes programmes, Participants participants, Areas areas,
            AccessPolicy access, AuditTrail audit, Clock clock, ProgrammeTargets targets, org.anchorage.support.BarrierFunds funds,
            org.anchorage.reporting.internal.ProgressRecords progress, org.anchorage.support.Wellbeing wellbeing) {
        this.progress = progress;
        this.wellbeing = wellbeing;
        this.targets = targets;
        this.funds = funds;
        this.log = log;
        this.reach = reach;
        this.outreach = outreach;
        this.population = population;
        this.programmes = programmes;
        this.participants = participants;
        this.areas = areas;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a reader asks for; dates may be null (the programme's start, and today). */
    public record Request(LocalDate from, LocalDate to, String groupBy) {}

    /** Every problem with a request, each naming its field ("from", "to", "groupBy"), so a form shows them all. */
    public static List<RuleViolation> problemsWith(Request r) {
        List<RuleViolation> problems = new ArrayList<>();
        if (r.from() != null && r.to() != null) {
            if (r.to().isBefore(r.from())) {
                problems.add(new RuleViolation("to", "The end of the period must be on or after its start"));
            } else if (r.to().isAfter(r.from().plusYears(MAX_YEARS))) {
                problems.add(new RuleViolation("to", "The period must be " + MAX_YEARS + " years or shorter"));
            }
        }
        if (r.groupBy() != null && !GROUPINGS.containsKey(r.groupBy())) {
            problems.add(new RuleViolation("groupBy", "Choose how to split the figures: " + String.join(", ", GROUPINGS.keySet())));
        }
        return problems;
    }

    /**
     * The period a suppressed report covers: whole calendar months, the last one complete (not after the month
     * before today's), so two reports asked a few days apart are the same report and nobody learns a small
     * count from their difference. A period inside the current month becomes the month before.
     */
    public static LocalDate[] wholeMonths(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate lastComplete = today.withDayOfMonth(1).minusDays(1);
        LocalDate end = to.with(TemporalAdjusters.lastDayOfMonth());
        if (end.isAfter(lastComplete)) {
            end = lastComplete;
        }
        LocalDate start = from.withDayOfMonth(1);
        if (start.isAfter(end)) {
            start = end.withDayOfMonth(1);
        }
        return new LocalDate[] {start, end};
    }

    /** The programmes whose reports this user sees (a funder's, a manager's; an administrator's: all). */
    @Transactional(readOnly = true)
    public List<Programme> programmesFor(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        List<Programme> all = scope.is(org.anchorage.identity.Role.ADMINISTRATOR) ? programmes.all() : programmes.visibleTo(user);
        return all.stream().filter(p -> scope.seesReports(p.id().value())).toList();
    }

    /** Whether this user keeps the programme's targets and budget (its managers, an administrator). */
    @Transactional(readOnly = true)
    public boolean managesTargets(ProgrammeId programme, SignedInUser user) {
        return access.scopeOf(user).managesProgramme(programme.value());
    }

    /** Whether this user sees exact figures for the programme (its managers); everyone else sees them suppressed. */
    @Transactional(readOnly = true)
    public boolean exactFor(ProgrammeId programme, SignedInUser user) {
        return access.scopeOf(user).seesExactFigures(programme.value());
    }

    /**
     * One report. 404 ({@link RecordNotFound}) for a programme the user does not see reports of, or an unknown
     * report; the first problem of the request as a {@link RuleViolation}. {@code forExport}: suppressed
     * whoever asks (a file or an API answer travels). Audited, with the filters.
     */
    @Transactional
    public Report report(ProgrammeId id, String code, Request request, boolean forExport, SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        if (!scope.seesReports(id.value()) || code == null || !REPORTS.containsKey(code)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        Programme programme = programmes.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        List<RuleViolation> problems = problemsWith(request);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        boolean suppress = forExport || !scope.seesExactFigures(id.value());
        LocalDate today = LocalDate.now(clock);
        // Targets and the budget are for the programme's life, so its report is too: from the start to today.
        boolean lifetime = code.equals("targets");
        LocalDate from = request.from() != null && !lifetime ? request.from() : programme.startsOn();
        LocalDate to = request.to() != null && !lifetime ? request.to() : today;
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "The end of the period must be on or after its start");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new RuleViolation(request.from() == null ? "to" : "from", "The period must be " + MAX_YEARS + " years or shorter");
        }
        if (suppress) {
            LocalDate[] months = wholeMonths(from, to, today);
            from = months[0];
            to = months[1];
        }
        String groupBy = request.groupBy() == null || !code.equals("funnel") ? "none" : request.groupBy();
        List<Figures> figures = switch (code) {
            case "funnel" -> funnel(id.value(), from, to, groupBy);
            case "reach" -> reach(programme, from, to, suppress);
            case "targets" -> List.<Figures>of();
            case "progress" -> progressFigures(programme, from, to);
            default -> equality(programme, from, to);
        };
        List<Report.ReportTable> tables = new ArrayList<>(figures.stream().map(f -> Disclosure.table(f, suppress)).toList());
        if (suppress && code.equals("funnel") && !groupBy.equals("none")) {
            tables.set(0, hideSmallSteps(figures.getFirst(), tables.getFirst()));
        }
        if (code.equals("targets")) {
            // One read of the targets, the budget and the steps reached, for both tables.
            ProgrammeTargets.Settings settings = targets.read(programme.id());
            Map<String, Long> reached = new LinkedHashMap<>();
            log.funnelCounts(id.value(), from, to, "none").forEach(c -> reached.merge(c.milestone(), c.n(), Long::sum));
            tables.add(Disclosure.table(targetFigures(settings, reached), suppress));
            tables.add(costs(programme, from, to, suppress, scope, user, settings, reached));
        }
        if (code.equals("progress")) {
            tables.add(distanceTravelled(programme, from, to, suppress));
        }
        if (code.equals("funnel") && groupBy.equals("none")) {
            tables.add(daysBetween(programme, from, to, suppress));
        }
        audit.record(AuditAction.READ, RECORD_TYPE, id.value(), (forExport ? "exported " : "viewed ") + code + " report "+ from + " to " + to + " by " + groupBy + (suppress ? ", suppressed" : ", exact"));
        return new Report(code, REPORTS.get(code), programme.name(), from, to, groupBy, suppress, clock.instant(), dataRelease(),
                suppress ? Disclosure.RULE : Disclosure.NO_RULE, tables);
    }

    private String dataRelease() {
        return areas.dataRelease() + "; " + Population.RELEASE;
    }

    /** A person behind a number: their name (for the link to their record) and the day they reached the step. */
    public record PersonAtStep(ParticipantId participant, String name, LocalDate on) {}

    /** The most people a list behind a number shows; the page says when there are more. */
    public static final int PEOPLE_SHOWN = 500;

    /**
     * The people behind one step's number, for the programme's own managers only (404 for anyone else, funders
     * included): names and the day, audited as a read of each record shown. Referrals not (yet) accepted have no
     * record to open and are not listed.
     */
    @Transactional
    public List<PersonAtStep> peopleAt(ProgrammeId id, String step, LocalDate from, LocalDate to, SignedInUser user) {
        if (!access.scopeOf(user).seesExactFigures(id.value()) || (from != null && to != null && to.isBefore(from))) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        var reached = reach.reached(id.value(), step, from, to, PEOPLE_SHOWN);
        Map<ParticipantId, String> names = participants.namesFor(reached.stream().map(r -> new ParticipantId(r.participant())).toList(),
                "the people behind a report's figure (" + step + ")");
        return reached.stream().map(r -> new PersonAtStep(new ParticipantId(r.participant()),
                names.getOrDefault(new ParticipantId(r.participant()), ""), r.on())).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The funnel's steps (codes) for a period, in order: for linking a row to the people behind it. */
    @Transactional(readOnly = true)
    public List<String> steps(ProgrammeId id, LocalDate from, LocalDate to) {
        return steps(log.funnelCounts(id.value(), from, to, "none"));
    }

    // --- the journey ---------------------------------------------------------------------------------

    private List<Figures> funnel(UUID programme, LocalDate from, LocalDate to, String groupBy) {
        List<Count> counts = log.funnelCounts(programme, from, to, groupBy);
        List<String> steps = steps(counts);
        if (groupBy.equals("none")) {
            Map<String, Long> byStep = new LinkedHashMap<>();
            counts.forEach(c -> byStep.merge(c.milestone(), c.n(), Long::sum));
            List<Line> lines = new ArrayList<>();
            Long previous = null;
            long jobStarts = byStep.getOrDefault(Milestones.JOB_STARTED, 0L);
            for (String step : steps) {
                long n = byStep.getOrDefault(step, 0L);
                boolean afterJob = step.startsWith("in-work-") || step.startsWith("outcome:");
                lines.add(new Line(Milestones.label(step), java.util.Arrays.asList(n, afterJob ? Long.valueOf(jobStarts) : previous)));
                if (!afterJob) {
                    previous = n;
                }
            }
            return List.of(new Figures("funnel", "People at each step", "How many people reached each step of the journey in the "
                    + "period, and what share of the step before that is (for checks and outcomes: of job starts).", "Step",
                    List.of("People", "At the step before"), lines, false,
                    List.of(new Share("Share of the step before", 0, 1)), "bars"));
        }
        // Split: a column per group, in a stable order.
        Set<String> groups = new java.util.TreeSet<>(Comparator.comparing((String g) -> groupOrder(groupBy, g)).thenComparing(g -> g));
        counts.forEach(c -> groups.add(c.group()));
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        counts.forEach(c -> table.computeIfAbsent(c.milestone(), k -> new LinkedHashMap<>()).merge(c.group(), c.n(), Long::sum));
        List<String> columns = groups.stream().map(g -> groupLabel(groupBy, g)).toList();
        List<Line> lines = new ArrayList<>();
        for (String step : steps) {
            Map<String, Long> row = table.getOrDefault(step, Map.of());
            lines.add(new Line(Milestones.label(step), groups.stream().map(g -> row.getOrDefault(g, 0L)).toList()));
        }
        String grouping = groupBy.equals("decile") ? "IMD decile" : GROUPINGS.get(groupBy).toLowerCase(java.util.Locale.UK);
        if (columns.isEmpty()) {
            columns = List.of("People");
            lines = lines.stream().map(l -> new Line(l.label(), List.of(0L))).toList();
        }
        return List.of(new Figures("funnel-by-" + groupBy, "People at each step, by " + grouping,
                "How many people reached each step of the journey in the period, in each " + grouping
                        + (groups.isEmpty() ? ". Nobody reached any step in the period." : "."),
                "Step", columns, lines, false, List.of(), "none"));
    }

    static final int[] DEFAULT_CHECK_WEEKS = {4, 13, 26, 52};
    static final List<String> DEFAULT_OUTCOMES = List.of("dwp-earnings", "ips-baseline", "sustained-3-months");

    /** The steps whose time apart a programme watches, in the journey's order. */
    private static final List<String[]> INTERVALS = List.of(
            new String[] {Milestones.REFERRED, Milestones.ACCEPTED}, new String[] {Milestones.ACCEPTED, Milestones.ASSESSED},
            new String[] {Milestones.ASSESSED, Milestones.PLAN_AGREED}, new String[] {Milestones.PLAN_AGREED, Milestones.TRAINING_STARTED},
            new String[] {Milestones.TRAINING_STARTED, Milestones.TRAINING_COMPLETED}, new String[] {Milestones.ACCEPTED, Milestones.PUT_FORWARD},
            new String[] {Milestones.PUT_FORWARD, Milestones.PLACEMENT_STARTED},
            new String[] {Milestones.PLACEMENT_STARTED, Milestones.PLACEMENT_COMPLETED},
            new String[] {Milestones.ACCEPTED, Milestones.JOB_STARTED}, new String[] {Milestones.REFERRED, Milestones.JOB_STARTED});

    /**
     * The median days between steps, with n, for people reaching the later step in the period. Under disclosure
     * control n is shown as a count is, and no median over 1 to 7 people is shown.
     */
    private Report.ReportTable daysBetween(Programme programme, LocalDate from, LocalDate to, boolean suppress) {
        List<Report.Row> rows = new ArrayList<>();
        for (String[] pair : INTERVALS) {
            var interval = reach.daysBetween(programme.id().value(), pair[0], pair[1], from, to);
            long n = interval.people();
            String median = n == 0 || interval.medianDays() == null ? Disclosure.NOT_APPLICABLE
                    : suppress && Disclosure.isLow(n) ? Disclosure.HIDDEN
                    : java.math.BigDecimal.valueOf(interval.medianDays()).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                            .toPlainString();
            rows.add(new Report.Row(Milestones.label(pair[0]) + " to " + Milestones.label(pair[1]).toLowerCase(java.util.Locale.UK),
                    List.of(suppress ? Report.Cell.text(Disclosure.cell(n)) : Report.Cell.of(n),
                            new Report.Cell(median.equals(Disclosure.NOT_APPLICABLE) || median.equals(Disclosure.HIDDEN) ? null
                                    : interval.medianDays(), median))));
        }
        return new Report.ReportTable("days-between-steps", "Days between steps", "For the people who reached the later step in the "
                + "period: how many (n) and the median number of days from the earlier step.", List.of("Steps", "People (n)",
                "Median days"), rows, "none");
    }

    /**
     * A split step that 1 to 7 people reached: which group each is in would be told by the split (one column
     * "1–7", the rest 0), so the whole row is hidden.
     */
    private static Report.ReportTable hideSmallSteps(Figures exact, Report.ReportTable shown) {
        List<Report.Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.rows().size(); i++) {
            long all = exact.lines().get(i).counts().stream().mapToLong(n -> n == null ? 0 : n).sum();
            Report.Row row = shown.rows().get(i);
            rows.add(Disclosure.isLow(all) ? new Report.Row(row.label(), row.cells().stream().map(c -> Report.Cell.text(Disclosure.HIDDEN)).toList())
                    : row);
        }
        return new Report.ReportTable(shown.key(), shown.title(), shown.sentence(), shown.columns(), rows, shown.chart());
    }

    /** The fixed steps, then each check point and outcome (the defaults and any in the data), in order. */
    private static List<String> steps(List<Count> counts) {
        List<String> steps = new ArrayList<>(Milestones.STEPS.keySet());
        TreeMap<Integer, String> checks = new TreeMap<>();
        Set<String> outcomes = new java.util.TreeSet<>();
        // The default check points and outcomes always have a row, so a period without them still says 0.
        for (int weeks : DEFAULT_CHECK_WEEKS) {
            checks.put(weeks, Milestones.inWork(weeks));
        }
        DEFAULT_OUTCOMES.forEach(o -> outcomes.add(Milestones.outcome(o)));
        for (Count c : counts) {
            if (c.milestone().startsWith("in-work-")) {
                try {
                    checks.put(Integer.parseInt(c.milestone().substring("in-work-".length())), c.milestone());
                } catch (NumberFormatException ignored) {
                    // not a check point of ours
                }
            } else if (c.milestone().startsWith("outcome:")) {
                outcomes.add(c.milestone());
            }
        }
        steps.addAll(checks.values());
        steps.addAll(outcomes);
        return steps;
    }

    private static int groupOrder(String groupBy, String group) {
        if (groupBy.equals("decile")) {
            int d = Integer.parseInt(group);
            return d == 0 ? 99 : d;
        }
        return group.isEmpty() ? 99 : 0;
    }

    private String groupLabel(String groupBy, String group) {
        return switch (groupBy) {
            case "local-authority" -> population.localAuthorityName(group);
            case "target-place" -> group.isEmpty() ? "Outside the target places" : group;
            case "decile" -> group.equals("0") ? "Decile not known" : "Decile " + group;
            case "source" -> switch (group) {
                case "self" -> "Self-referral";
                case "event" -> "Referred at an outreach event";
                default -> "Partner referral";
            };
            default -> group;
        };
    }

    // --- who was reached ------------------------------------------------------------------------------

    private List<Figures> reach(Programme programme, LocalDate from, LocalDate to, boolean suppress) {
        UUID id = programme.id().value();
        EligibilityRules rules = programmes.eligibilityRules(programme.id());
        List<Figures> out = new ArrayList<>();

        // By decile: referred and accepted, with a total.
        Map<String, long[]> deciles = new TreeMap<>(Comparator.comparing((String g) -> groupOrder("decile", g)));
        for (int d = 1; d <= 10; d++) {
            deciles.put(Integer.toString(d), new long[2]);
        }
        deciles.put("0", new long[2]);
        for (Count c : log.funnelCounts(id, from, to, "decile")) {
            int column = c.milestone().equals(Milestones.REFERRED) ? 0 : c.milestone().equals(Milestones.ACCEPTED) ? 1 : -1;
            if (column >= 0) {
                deciles.computeIfAbsent(c.group(), k -> new long[2])[column] += c.n();
            }
        }
        out.add(withTotal("reach-by-decile", "Reach by deprivation decile", "People referred and accepted in the period by the IMD "
                        + "decile of their home neighbourhood (" + rules.editionOrDefault().code() + "; decile 1 is the most deprived 10% "
                        + "of neighbourhoods in England).", "IMD decile", List.of("Referred", "Accepted"),
                deciles.entrySet().stream().map(e -> new Line(groupLabel("decile", e.getKey()), List.of(e.getValue()[0], e.getValue()[1])))
                        .toList(), List.of(new Share("Share of everyone referred", 0, -1))));

        // By target place: residents against people referred, and the share of residents reached.
        Map<String, long[]> places = new LinkedHashMap<>();
        for (EligibilityRules.TargetPlace p : rules.targetPlaces()) {
            places.put(p.name(), new long[] {population.residents(p.lsoaCodes(), p.wardCodes()), 0, 0});
        }
        long[] elsewhere = new long[3];
        for (Count c : log.funnelCounts(id, from, to, "target-place")) {
            int column = c.milestone().equals(Milestones.REFERRED) ? 1 : c.milestone().equals(Milestones.ACCEPTED) ? 2 : -1;
            if (column > 0) {
                (places.containsKey(c.group()) ? places.get(c.group()) : elsewhere)[column] += c.n();
            }
        }
        List<Line> placeLines = new ArrayList<>();
        places.forEach((name, v) -> placeLines.add(new Line(name, List.of(v[0], v[1], v[2]))));
        placeLines.add(new Line("Outside the target places", java.util.Arrays.asList(null, elsewhere[1], elsewhere[2])));
        if (!rules.targetPlaces().isEmpty()) {
            out.add(new Figures("reach-by-place", "Reach in each target place", "For each of the programme's target places: the people "
                    + "living there (Census 2021), the people referred and accepted from there in the period, and the share of residents "
                    + "referred, so a team sees where it is not yet reaching.", "Target place", List.of("Residents", "Referred", "Accepted"),
                    placeLines, false, List.of(new Share("Share of residents referred", 1, 0)), "none").published(0));
        }

        // Outreach done in each target place (step 11), so reach can be set beside the effort that went into it. Sessions
        // and events are published as they are; every count of people (spoken to, too) falls under disclosure control.
        Map<String, long[]> effort = new LinkedHashMap<>();
        rules.targetPlaces().forEach(p -> effort.put(p.name(), new long[6]));
        for (var o : outreach.byPlace(programme.id(), from, to)) {
            long[] v = effort.computeIfAbsent(o.targetPlace().isEmpty() || !effort.containsKey(o.targetPlace()) ? "" : o.targetPlace(),
                    k -> new long[6]);
            long[] add = {o.sessions(), o.spokenTo(), o.events(), o.signedUp(), o.came(), o.referred()};
            for (int i = 0; i < 6; i++) {
                v[i] += add[i];
            }
        }
        List<Line> effortLines = new ArrayList<>();
        effort.forEach((name, v) -> effortLines.add(new Line(name.isEmpty() ? "Not in a target place" : name,
                List.of(v[0], v[1], v[2], v[3], v[4], v[5]))));
        out.add(withTotal("outreach-by-place", "Outreach in each target place", "Outreach staff logged in the period (sessions and the "
                        + "people they spoke to) and the events held, with the people who signed up, came and were referred there.",
                "Target place", List.of("Outreach sessions", "People spoken to", "Events held", "Signed up (booked or waiting)", "Came to events",
                        "Referred at events"), effortLines, List.of()).published(0, 2));

        // By local authority: residents aged 16 to 64 against people referred.
        Map<String, long[]> las = new TreeMap<>();
        for (Count c : log.funnelCounts(id, from, to, "local-authority")) {
            int column = c.milestone().equals(Milestones.REFERRED) ? 1 : c.milestone().equals(Milestones.ACCEPTED) ? 2 : -1;
            if (column > 0) {
                las.computeIfAbsent(c.group(), k -> new long[3])[column] += c.n();
            }
        }
        for (String la : rules.localAuthorityCodes()) {
            las.computeIfAbsent(la, k -> new long[3]);
        }
        List<Line> laLines = new ArrayList<>();
        las.forEach((code, v) -> {
            long residents = population.inLocalAuthorities(Set.of(code)).stream().mapToLong(Population.Area::aged16to64).sum();
            laLines.add(new Line(population.localAuthorityName(code), java.util.Arrays.asList(code.isEmpty() ? null : residents, v[1], v[2])));
        });
        out.add(new Figures("reach-by-local-authority", "Reach by local authority", "People referred and accepted in the period by the "
                + "local authority of their home, against its residents aged 16 to 64 (Census 2021).", "Local authority",
                List.of("Residents aged 16 to 64", "Referred", "Accepted"), laLines, false,
                List.of(new Share("Share of residents aged 16 to 64 referred", 1, 0)), "none").published(0));

        // By neighbourhood: where people were referred from, most first.
        List<Line> lsoaLines = new ArrayList<>();
        List<ReachRecords.ByArea> areasReached = new ArrayList<>(reach.byLsoa(id, Milestones.REFERRED, from, to));
        if (suppress) {
            // Most first would rank the hidden counts; under disclosure control the order is the code's.
            areasReached.sort(Comparator.comparing(ReachRecords.ByArea::lsoa));
        }
        for (ReachRecords.ByArea a : areasReached) {
            Long residents = a.lsoa().isEmpty() ? null : population.lsoa(a.lsoa()).map(Population.Area::residents).orElse(null);
            lsoaLines.add(new Line(a.lsoa().isEmpty() ? "Not known" : a.lsoa() + " (" + population.localAuthorityName(a.localAuthority()) + ")",
                    java.util.Arrays.asList(a.n(), residents)));
        }
        out.add(withTotal("reach-by-neighbourhood", "Reach by neighbourhood", "People referred in the period from each neighbourhood "
                        + "(LSOA 2021" + (suppress ? ", in code order" : ", most first") + "), against the people living there (Census 2021).",
                "Neighbourhood (LSOA)", List.of("Referred", "Residents"), lsoaLines, List.of(new Share("Share of residents referred", 0, 1)))
                .published(1));
        return out;
    }

    /** A table with a total row added (so disclosure control can apply secondary suppression); null counts stay null. */
    private static Figures withTotal(String key, String title, String sentence, String labelHeading, List<String> columns, List<Line> lines,
                                     List<Share> shares) {
        List<Line> all = new ArrayList<>(lines);
        List<Long> totals = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            final int column = c;
            // Rows with nothing in a column (no Census figure for "not stated") add nothing to its total.
            boolean allNull = lines.stream().allMatch(l -> l.counts().get(column) == null);
            totals.add(allNull ? null : lines.stream().filter(l -> l.counts().get(column) != null).mapToLong(l -> l.counts().get(column)).sum());
        }
        all.add(new Line(org.anchorage.reporting.internal.ReportChart.TOTAL, totals));
        return new Figures(key, title, sentence, labelHeading, columns, all, true, shares, "bars");
    }

    // --- progress --------------------------------------------------------------------------------------

    private List<Figures> progressFigures(Programme programme, LocalDate from, LocalDate to) {
        List<Line> courses = progress.trainingCompleted(programme.id().value(), from, to).stream()
                .map(c -> new Line(c.course(), List.of(c.people()))).toList();
        var hours = progress.placementHours(programme.id().value(), from, to);
        return List.of(
                withTotal("training-completed", "Training completed", "People who completed each course in the period (a certificate "
                        + "issued); the total counts a person once for each course.", "Course", List.of("People"), courses, List.of()),
                new Figures("placement-hours", "Placement hours", "Hours of placement attended in weeks starting in the period, as the "
                        + "hosts confirmed them, and how many people attended.", "Measure", List.of("Figure"),
                        List.of(new Line("People on placement", List.of(hours.people())),
                                new Line("Hours attended", List.of(Math.round(hours.hours())))), false, List.of(), "none"));
    }

    /**
     * Distance travelled: the mean change per wellbeing item from each person's first score to their latest (in
     * the period), with n. Under disclosure control n is shown as a count would be, and a mean over 1 to 7
     * people is not shown at all.
     */
    private Report.ReportTable distanceTravelled(Programme programme, LocalDate from, LocalDate to, boolean suppress) {
        org.anchorage.plan.WellbeingScale scale = wellbeing.scaleFor(programme.id());
        List<Report.Row> rows = new ArrayList<>();
        var changes = progress.wellbeingChange(programme.id().value(), scale.id(), from, to);
        for (int i = 0; i < scale.items().size(); i++) {
            final int item = i;
            var change = changes.stream().filter(c -> c.item() == item).findFirst();
            long n = change.map(org.anchorage.reporting.internal.ProgressRecords.ItemChange::people).orElse(0L);
            String mean = n == 0 ? "n/a" : suppress && n <= 7 ? "*"
                    : String.format(java.util.Locale.UK, "%+.1f", change.get().meanChange());
            String name = org.anchorage.support.Wellbeing.itemName(scale, i);
            rows.add(new Report.Row(Character.toUpperCase(name.charAt(0)) + name.substring(1)
                    + (scale.items().get(i).lowerIsBetter() ? " (lower is better)" : ""),
                    List.of(suppress ? Report.Cell.text(Disclosure.cell(n)) : Report.Cell.of(n),
                            new Report.Cell(n == 0 || (suppress && n <= 7) ? null : change.get().meanChange(), mean))));
        }
        return new Report.ReportTable("distance-travelled", "Distance travelled: wellbeing", "The mean change on each " + scale.name()
                + " item from each person's first score to their latest, for people whose latest score is in the period (n: how "
                + "many people).", List.of("Item", "People (n)", "Mean change"), rows, "none");
    }

    // --- targets and costs ------------------------------------------------------------------------------

    private static Figures targetFigures(ProgrammeTargets.Settings settings, Map<String, Long> reached) {
        Map<String, Integer> set = settings.targets();
        List<Line> lines = new ArrayList<>();
        ProgrammeTargets.TARGETABLE.forEach((code, label) -> {
            if (set.containsKey(code)) {
                lines.add(new Line(label, List.of((long) set.get(code), reached.getOrDefault(code, 0L))));
            }
        });
        return new Figures("targets", "Against the programme's targets", lines.isEmpty()
                ? "The programme has no targets set yet: its managers set them under Targets and budget."
                : "Each step with a target: the programme's target for its life, the people who have reached it since the programme "
                        + "began, and the share of the target that is.", "Step", List.of("Target", "Reached so far"), lines, false,
                List.of(new Share("Share of the target", 1, 0)), "none").published(0);
    }

    /**
     * The budget, the barrier fund spent in the period, and the cost per participant, per job start and per
     * outcome. Under disclosure control the counts divided by are the rounded ones, and none is worked out from
     * a count of 1 to 7.
     */
    private Report.ReportTable costs(Programme programme, LocalDate from, LocalDate to, boolean suppress, AccessScope scope,
                                     SignedInUser user, ProgrammeTargets.Settings settings, Map<String, Long> reached) {
        var budget = settings.budget();
        long budgetPence = budget.stream().mapToLong(org.anchorage.reporting.internal.TargetRecords.BudgetLine::amountPence).sum();
        Long fundSpent = scope.seesFundTotals(programme.id().value())
                ? Long.valueOf(funds.totals(programme.id(), from, to, user).spentPence()) : null;
        long outcomes = reached.entrySet().stream().filter(e -> e.getKey().startsWith("outcome:")).mapToLong(Map.Entry::getValue).sum();
        List<Report.Row> rows = new ArrayList<>();
        for (var line : budget) {
            rows.add(new Report.Row("Budget: " + line.name(), List.of(money(line.amountPence()))));
        }
        rows.add(new Report.Row("Budget in total", List.of(budget.isEmpty() ? Report.Cell.text("Not set") : money(budgetPence))));
        rows.add(new Report.Row("Barrier fund spent in the period", List.of(fundSpent == null ? Report.Cell.text("n/a") : money(fundSpent))));
        long spend = budgetPence + (fundSpent == null ? 0 : fundSpent);
        for (var per : List.of(Map.entry("participant accepted", reached.getOrDefault(Milestones.ACCEPTED, 0L)),
                Map.entry("job start", reached.getOrDefault(Milestones.JOB_STARTED, 0L)), Map.entry("outcome achieved", outcomes))) {
            long n = per.getValue();
            Report.Cell count = suppress ? Report.Cell.text(Disclosure.cell(n)) : Report.Cell.of(n);
            long divisor = suppress ? Disclosure.rounded(n) : n;
            boolean small = suppress && n > 0 && n <= 7;
            rows.add(new Report.Row(per.getKey().equals("outcome achieved") ? "Outcomes achieved (a person may achieve more than one)"
                    : per.getKey().equals("job start") ? "Job starts" : "Participants accepted", List.of(count)));
            rows.add(new Report.Row("Cost per " + per.getKey(), List.of(budgetPence == 0 || divisor == 0 || small ? Report.Cell.text("n/a")
                    : money(Math.round((double) spend / divisor)))));
        }
        return new Report.ReportTable("costs", "Costs", "The programme's budget lines (for its life) and barrier fund spend since it "
                + "began, and what they come to for each participant accepted, job start and outcome achieved so far (n/a when no "
                + "budget is set or the count is too small to show).", List.of("Item", "Amount"), rows, "none");
    }

    private static Report.Cell money(long pence) {
        return new Report.Cell(pence / 100.0, org.anchorage.support.BarrierFundMoney.pounds(pence));
    }

    // --- equality ---------------------------------------------------------------------------------------

    /** Census 2021's five ethnic groups, from the NHS Data Dictionary categories (Chinese is in "Asian" in 2021). */
    private static final Map<String, List<String>> ETHNIC_GROUPS = new LinkedHashMap<>();

    static {
        ETHNIC_GROUPS.put("Asian or Asian British", List.of("H", "J", "K", "L", "R"));
        ETHNIC_GROUPS.put("Black or Black British", List.of("M", "N", "P"));
        ETHNIC_GROUPS.put("Mixed", List.of("D", "E", "F", "G"));
        ETHNIC_GROUPS.put("White", List.of("A", "B", "C"));
        ETHNIC_GROUPS.put("Another ethnic group", List.of("S"));
    }

    private List<Figures> equality(Programme programme, LocalDate from, LocalDate to) {
        List<ParticipantId> people = reach.participants(programme.id().value(), Milestones.ACCEPTED, from, to).stream()
                .map(ParticipantId::new).toList();
        List<Population.Area> local = localPopulation(programme, from, to);
        String localName = "Local population (Census 2021)";
        List<Figures> out = new ArrayList<>();

        Map<String, Long> ethnic = participants.equalityCounts(people, "ethnicCategory", "an equality report");
        List<Line> lines = new ArrayList<>();
        long[] census = {
            local.stream().mapToLong(Population.Area::asian).sum(), local.stream().mapToLong(Population.Area::black).sum(),
            local.stream().mapToLong(Population.Area::mixed).sum(), local.stream().mapToLong(Population.Area::white).sum(),
            local.stream().mapToLong(Population.Area::other).sum()};
        int i = 0;
        for (var g : ETHNIC_GROUPS.entrySet()) {
            long n = g.getValue().stream().mapToLong(c -> ethnic.getOrDefault(c, 0L)).sum();
            lines.add(new Line(g.getKey(), List.of(n, census[i++])));
        }
        lines.add(new Line("Not stated (asked, chose not to say)", java.util.Arrays.asList(ethnic.getOrDefault("Z", 0L), null)));
        lines.add(new Line("Not known (not asked or not recorded)", java.util.Arrays.asList(
                ethnic.getOrDefault("99", 0L) + ethnic.getOrDefault("not-known", 0L), null)));
        out.add(withTotal("equality-ethnic-group", "Ethnic group", "Participants accepted in the period by ethnic group, against the "
                        + "local population (" + localArea(local) + "); not stated and not known are kept apart.", "Ethnic group", List.of("Participants", localName),
                lines, List.of(new Share("Share of participants", 0, -1), new Share("Share of the local population", 1, -1))).published(1));

        Map<String, Long> disability = participants.equalityCounts(people, "disability", "an equality report");
        out.add(withTotal("equality-disability", "Disability", "Participants accepted in the period by whether they are disabled, against "
                        + "the local population (Census 2021, Equality Act definition).", "Disability", List.of("Participants", localName),
                List.of(new Line("Disabled", List.of(disability.getOrDefault("yes", 0L), local.stream().mapToLong(Population.Area::disabled).sum())),
                        new Line("Not disabled", List.of(disability.getOrDefault("no", 0L),
                                local.stream().mapToLong(Population.Area::notDisabled).sum())),
                        new Line("Not stated (prefer not to say)", java.util.Arrays.asList(disability.getOrDefault("prefer-not-to-say", 0L), null)),
                        new Line("Not known (not recorded)", java.util.Arrays.asList(disability.getOrDefault("not-known", 0L), null))),
                List.of(new Share("Share of participants", 0, -1), new Share("Share of the local population", 1, -1))).published(1));

        Map<String, Long> ages = participants.ageCounts(people, "an equality report");
        out.add(withTotal("equality-age", "Age", "Participants accepted in the period by their age on the day they were referred.", "Age",
                List.of("Participants"), Participants.AGE_BANDS.stream().map(b -> new Line(b, List.of(ages.getOrDefault(b, 0L)))).toList(),
                List.of(new Share("Share of participants", 0, -1))));

        for (String field : List.of("sex", "genderSameAsBirth", "sexualOrientation", "religion", "marriageCivilPartnership",
                "pregnancyMaternity")) {
            Map<String, Long> counts = participants.equalityCounts(people, field, "an equality report");
            List<Line> answers = new ArrayList<>();
            EqualityMonitoring.CHOICES.get(field).forEach((code, label) -> {
                if (!code.equals("prefer-not-to-say")) {
                    answers.add(new Line(label, List.of(counts.getOrDefault(code, 0L))));
                }
            });
            answers.add(new Line("Not stated (prefer not to say)", List.of(counts.getOrDefault("prefer-not-to-say", 0L))));
            answers.add(new Line("Not known (not recorded)", List.of(counts.getOrDefault("not-known", 0L))));
            String title = switch (field) {
                case "sex" -> "Sex";
                case "genderSameAsBirth" -> "Gender the same as at birth";
                case "sexualOrientation" -> "Sexual orientation";
                case "marriageCivilPartnership" -> "Marriage or civil partnership";
                case "pregnancyMaternity" -> "Pregnancy or maternity";
                default -> "Religion or belief";
            };
            out.add(withTotal("equality-" + field, title, "Participants accepted in the period by " + title.toLowerCase()
                    + " (no local comparison: the shipped census data does not hold it).", title, List.of("Participants"), answers,
                    List.of(new Share("Share of participants", 0, -1))));
        }
        return out;
    }

    private String localArea(List<Population.Area> local) {
        Set<String> names = new java.util.TreeSet<>();
        local.forEach(a -> names.add(population.localAuthorityName(a.localAuthority())));
        return names.isEmpty() ? "no local authority known yet" : "Census 2021 residents of " + String.join(", ", names);
    }

    /** The local population: the programme's local authorities, or else those its participants live in. */
    private List<Population.Area> localPopulation(Programme programme, LocalDate from, LocalDate to) {
        Set<String> las = new LinkedHashSet<>(programmes.eligibilityRules(programme.id()).localAuthorityCodes());
        if (las.isEmpty()) {
            log.funnelCounts(programme.id().value(), from, to, "local-authority").stream()
                    .filter(c -> c.milestone().equals(Milestones.ACCEPTED) && !c.group().isEmpty()).forEach(c -> las.add(c.group()));
        }
        return population.inLocalAuthorities(las);
    }
}
