package org.anchorage.opportunities;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.AreaProfile;
import org.anchorage.eligibility.Areas;
import org.anchorage.eligibility.NotAPostcode;
import org.anchorage.identity.SignedInUser;
import org.anchorage.opportunities.internal.VacancyRecords;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.placement.Money;
import org.anchorage.placement.Placements;
import org.anchorage.plan.Plans;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancies employers post through a programme: an employer for its own organisation in the programmes it takes part
 * in, a programme manager for the programme's employers (AccessScope.managesVacancy; 404 for anyone else). Every bad
 * value is named at once and nothing is saved; every post, change and withdrawal is audited.
 */
@Service
public class Vacancies {

    public static final String RECORD_TYPE = "vacancy";
    /** Agenda for Change bands a vacancy may name (band 1 is closed to new entrants), and "not Agenda for Change". */
    public static final Map<String, String> AFC_BANDS = bands();
    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MAX = 1000;
    static final int PAY_NOTE_MAX = 200;
    static final int LINK_MAX = 500;
    /** Agenda for Change full-time hours, and weeks in a year as NHS Employers turn a band's yearly pay into an hourly rate. */
    static final BigDecimal AFC_FULL_TIME_HOURS = new BigDecimal("37.5");
    static final BigDecimal AFC_WEEKS_A_YEAR = new BigDecimal("52.143");
    /** The age the National Living Wage starts at: vacancies are open to adults, so theirs is the floor. */
    static final int ADULT_AGE = 21;
    /** Organisations that hire: a programme manager posts for these of the programme's members. */
    static final Set<OrganisationType> HIRING = EnumSet.of(OrganisationType.EMPLOYER, OrganisationType.NHS_TRUST);

    private final VacancyRecords records;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Areas areas;
    private final Placements placements;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    Vacancies(VacancyRecords records, Programmes programmes, Organisations organisations, Areas areas, Placements placements,
              AccessPolicy access, AuditTrail audit, Clock clock) {
        this.records = records;
        this.programmes = programmes;
        this.organisations = organisations;
        this.areas = areas;
        this.placements = placements;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private static Map<String, String> bands() {
        Map<String, String> bands = new LinkedHashMap<>();
        for (String b : List.of("2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9")) {
            bands.put(b, "Band " + b);
        }
        bands.put("not-afc", "Not Agenda for Change");
        return java.util.Collections.unmodifiableMap(bands);
    }

    /** One employer a user may post for, through one programme. */
    public record PostingFor(ProgrammeId programme, OrganisationId employer, String label) {
        public String key() {
            return programme.value() + "/" + employer.value();
        }
    }

    /** Whom this user may post for: their own organisation (an employer) or the hiring members of their programmes (a manager). */
    @Transactional(readOnly = true)
    public List<PostingFor> postingFor(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        List<PostingFor> choices = new ArrayList<>();
        for (Programme p : programmes.visibleTo(user)) {
            for (OrganisationId member : p.organisations()) {
                if (!scope.managesVacancy(p.id().value(), member)) {
                    continue;
                }
                Organisation o = organisations.find(member).orElse(null);
                if (o != null && (member.equals(scope.organisation()) && scope.vacancyListLimitedTo().isPresent() || HIRING.contains(o.type()))) {
                    choices.add(new PostingFor(p.id(), member, o.name() + ", through " + p.name()));
                }
            }
        }
        choices.sort(java.util.Comparator.comparing(PostingFor::label));
        return choices;
    }

    /** The vacancies this user manages, filtered in SQL by the same rule, each named. */
    @Transactional(readOnly = true)
    public List<Vacancy> managedBy(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        if (!scope.postsVacancies()) {
            return List.of();
        }
        return records.managed(scope.programmeIds(), scope.vacancyListLimitedTo().orElse(null)).stream().map(this::named).toList();
    }

    /** A vacancy this user manages; 404 otherwise. */
    @Transactional(readOnly = true)
    public Vacancy get(UUID id, SignedInUser user) {
        Vacancy v = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        if (!access.scopeOf(user).managesVacancy(v.programme().value(), v.employer())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return named(v);
    }

    /**
     * Every problem with a vacancy, each naming its field: postedFor, title, roleFamily, afcBand, payAmount, payPer,
     * payNote, hoursPerWeek, contract, postcode, closes, applyBy, applyLink, description.
     */
    @Transactional(readOnly = true)
    public List<RuleViolation> problemsWith(Vacancy.New n, SignedInUser user) {
        List<RuleViolation> problems = new ArrayList<>();
        if (n.programme() == null || n.employer() == null || postingFor(user).stream()
                .noneMatch(c -> c.programme().equals(n.programme()) && c.employer().equals(n.employer()))) {
            problems.add(new RuleViolation("postedFor", "Choose the employer and programme the vacancy is for"));
        }
        if (blank(n.title())) {
            problems.add(new RuleViolation("title", "Enter the job title, like Healthcare support worker"));
        } else if (n.title().strip().length() > TITLE_MAX) {
            problems.add(new RuleViolation("title", "Write the job title in up to " + TITLE_MAX + " characters"));
        }
        if (n.roleFamily() == null || !Plans.ROLE_FAMILIES.containsKey(n.roleFamily())) {
            problems.add(new RuleViolation("roleFamily", "Choose the NHS role family"));
        }
        if (n.afcBand() == null || !AFC_BANDS.containsKey(n.afcBand())) {
            problems.add(new RuleViolation("afcBand", "Choose the Agenda for Change band, or not Agenda for Change"));
        }
        if (n.payPence() == null && blank(n.payNote())) {
            problems.add(new RuleViolation("payAmount", "Enter the pay, like 24465 a year or 12.71 an hour, or describe it"));
        } else if (n.payPence() != null && (n.payPence() < 100 || n.payPence() > 50_000_000)) {
            problems.add(new RuleViolation("payAmount", "Enter the pay in pounds, from £1 to £500,000"));
        }
        if (n.payPence() != null && Vacancy.PayPer.fromCode(String.valueOf(n.payPer())).isEmpty()) {
            problems.add(new RuleViolation("payPer", "Choose whether the pay is an hourly rate or a yearly salary"));
        }
        LocalDate today = LocalDate.now(clock.withZone(Display.LONDON));
        if (problems.stream().noneMatch(p -> p.field().equals("payAmount") || p.field().equals("payPer"))) {
            payBelowTheFloor(n, today).ifPresent(problems::add);
        }
        if (n.payNote() != null && n.payNote().strip().length() > PAY_NOTE_MAX) {
            problems.add(new RuleViolation("payNote", "Describe the pay in up to " + PAY_NOTE_MAX + " characters"));
        }
        if (n.hoursPerWeek() == null || n.hoursPerWeek().compareTo(BigDecimal.ONE) < 0 || n.hoursPerWeek().compareTo(BigDecimal.valueOf(48)) > 0) {
            problems.add(new RuleViolation("hoursPerWeek", "Enter the hours a week as a number from 1 to 48, like 37.5"));
        }
        if (Vacancy.Contract.fromCode(String.valueOf(n.contract())).isEmpty()) {
            problems.add(new RuleViolation("contract", "Choose permanent, fixed term or bank"));
        }
        postcodeProblem(n.postcode()).ifPresent(problems::add);
        if (n.closesOn() == null) {
            problems.add(new RuleViolation("closes", "Enter the closing date"));
        } else if (n.closesOn().isBefore(today)) {
            problems.add(new RuleViolation("closes", "The closing date must be today or later"));
        } else if (n.closesOn().isAfter(today.plusYears(1))) {
            problems.add(new RuleViolation("closes", "The closing date must be within a year, on or before " + Display.date(today.plusYears(1))));
        }
        if (!"link".equals(n.applyBy()) && !"programme".equals(n.applyBy())) {
            problems.add(new RuleViolation("applyBy", "Choose how people apply: by a link, or through the programme"));
        } else if (n.applyBy().equals("link")) {
            linkProblem(n.applyLink()).ifPresent(problems::add);
        }
        if (blank(n.description())) {
            problems.add(new RuleViolation("description", "Describe the job in a few sentences"));
        } else if (n.description().strip().length() > DESCRIPTION_MAX) {
            problems.add(new RuleViolation("description", "Write the description in up to " + DESCRIPTION_MAX + " characters"));
        }
        return problems;
    }

    /** Posts a vacancy (refused whole, naming the first field, when anything is wrong). */
    @Transactional
    public UUID post(Vacancy.New n, SignedInUser by) {
        UUID id = UUID.randomUUID();
        records.insert(checked(id, n, by), by.id().value(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "posted vacancy " + n.title().strip() + " closing " + n.closesOn());
        return id;
    }

    /** Changes a vacancy this user manages (404 otherwise; refused whole when anything is wrong or it was withdrawn). */
    @Transactional
    public void change(UUID id, Vacancy.New n, SignedInUser by) {
        Vacancy before = get(id, by);
        if (before.withdrawn()) {
            throw new RuleViolation("title", "This vacancy was withdrawn, so it cannot be changed");
        }
        if (!records.change(checked(id, n, by), clock.instant())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "changed vacancy " + n.title().strip() + " closing " + n.closesOn());
    }

    /** Withdraws a vacancy this user manages: it leaves every public list, page and feed at once. */
    @Transactional
    public void withdraw(UUID id, SignedInUser by) {
        get(id, by);
        if (records.withdraw(id, by.id().value(), clock.instant())) {
            audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "withdrew vacancy");
        }
    }

    private VacancyRecords.Row checked(UUID id, Vacancy.New n, SignedInUser by) {
        List<RuleViolation> problems = problemsWith(n, by);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        AreaProfile area = areas.lookUp(n.postcode());
        return new VacancyRecords.Row(id, n.programme().value(), n.employer().value(), n.title().strip(), n.roleFamily(), n.afcBand(),
                n.payPence(), n.payPence() == null ? null : Vacancy.PayPer.fromCode(n.payPer()).orElseThrow(),
                n.payNote() == null ? "" : n.payNote().strip(), n.hoursPerWeek(), Vacancy.Contract.fromCode(n.contract()).orElseThrow(),
                area.facts().postcode(), area.facts().localAuthorityName(), area.latitude(), area.longitude(), n.closesOn(),
                n.applyBy().equals("link") ? n.applyLink().strip() : null, n.description().strip());
    }

    /**
     * Pay below the lowest a vacancy may offer on the posting day: the National Living Wage (21 and over; a year's
     * pay is that rate for the vacancy's hours a week times 52 weeks) and, for a band in the pay table, the band's
     * entry pay (an hourly rate as NHS Employers work it out, a salary pro rata for fewer than full-time hours, so
     * both a part-time salary and its full-time figure pass). The message gives the lowest figure allowed.
     */
    private java.util.Optional<RuleViolation> payBelowTheFloor(Vacancy.New n, LocalDate today) {
        Vacancy.PayPer per = n.payPence() == null ? null : Vacancy.PayPer.fromCode(String.valueOf(n.payPer())).orElse(null);
        boolean hoursKnown = n.hoursPerWeek() != null && n.hoursPerWeek().compareTo(BigDecimal.ONE) >= 0
                && n.hoursPerWeek().compareTo(BigDecimal.valueOf(48)) <= 0;
        if (per == null || per == Vacancy.PayPer.YEAR && !hoursKnown) {
            return java.util.Optional.empty(); // no figure, or no hours to work a year's floor out from (named on its own field)
        }
        Placements.MinimumWage wage = placements.minimumWage(ADULT_AGE, today);
        BigDecimal hourly = BigDecimal.valueOf(wage.hourlyPence());
        long lowest = per == Vacancy.PayPer.HOUR ? wage.hourlyPence()
                : hourly.multiply(n.hoursPerWeek()).multiply(BigDecimal.valueOf(52)).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        String why = "the National Living Wage of " + wage.hourly() + " an hour on " + Display.date(today);
        var entry = n.afcBand() == null || !AFC_BANDS.containsKey(n.afcBand()) ? java.util.OptionalLong.empty()
                : placements.bandEntryPay(n.afcBand(), today);
        if (entry.isPresent()) {
            BigDecimal yearly = BigDecimal.valueOf(entry.getAsLong());
            long bandFloor = per == Vacancy.PayPer.HOUR
                    ? yearly.divide(AFC_FULL_TIME_HOURS.multiply(AFC_WEEKS_A_YEAR), 0, java.math.RoundingMode.HALF_UP).longValueExact()
                    : yearly.multiply(n.hoursPerWeek().min(AFC_FULL_TIME_HOURS))
                            .divide(AFC_FULL_TIME_HOURS, 0, java.math.RoundingMode.CEILING).longValueExact();
            if (bandFloor > lowest) {
                lowest = bandFloor;
                why = "the entry pay of Band " + n.afcBand() + " (" + Money.wholePounds(entry.getAsLong()) + " a year full time)";
            }
        }
        if (n.payPence() >= lowest) {
            return java.util.Optional.empty();
        }
        String figure = per == Vacancy.PayPer.HOUR ? Money.pounds(lowest) + " an hour"
                : (lowest % 100 == 0 ? Money.wholePounds(lowest) : Money.wholePounds(lowest) + "." + String.format("%02d", lowest % 100))
                + " a year for " + n.hoursPerWeek().stripTrailingZeros().toPlainString() + " hours a week";
        return java.util.Optional.of(new RuleViolation("payAmount", "The pay must be at least " + figure + ": " + why));
    }

    private java.util.Optional<RuleViolation> postcodeProblem(String postcode) {
        if (blank(postcode)) {
            return java.util.Optional.of(new RuleViolation("postcode", "Enter the workplace postcode"));
        }
        try {
            areas.lookUp(postcode);
            return java.util.Optional.empty();
        } catch (NotAPostcode e) {
            return java.util.Optional.of(new RuleViolation("postcode", "Enter a real postcode, like SS0 0RY"));
        } catch (RecordNotFound e) {
            return java.util.Optional.of(new RuleViolation("postcode", "The postcode " + postcode.strip().toUpperCase()
                    + " is not in the postcode data (English postcodes). Check it, or use the nearest one."));
        }
    }

    /** An apply link must be a well-formed https:// address with a host, so nobody is sent to an unprotected page. */
    static java.util.Optional<RuleViolation> linkProblem(String link) {
        if (blank(link)) {
            return java.util.Optional.of(new RuleViolation("applyLink", "Enter the link to apply, starting https://"));
        }
        String typed = link.strip();
        if (typed.length() > LINK_MAX) {
            return java.util.Optional.of(new RuleViolation("applyLink", "The apply link must be up to " + LINK_MAX + " characters"));
        }
        if (!typed.regionMatches(true, 0, "https://", 0, 8)) {
            return java.util.Optional.of(new RuleViolation("applyLink", "The apply link must start with https://"));
        }
        try {
            URI uri = new URI(typed);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || !uri.getHost().contains(".") || uri.getUserInfo() != null) {
                throw new URISyntaxException(typed, "no host");
            }
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.of(new RuleViolation("applyLink",
                    "Enter the apply link as a full web address, like https://www.jobs.nhs.uk/candidate/jobadvert/C9123"));
        }
    }

    private Vacancy named(Vacancy v) {
        return v.named(programmes.find(v.programme()).map(Programme::name).orElse(""),
                organisations.find(v.employer()).map(Organisation::name).orElse(""));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
