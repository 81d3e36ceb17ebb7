package org.anchorage.careers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.careers.internal.RoleRecords;
import org.anchorage.identity.SignedInUser;
import org.anchorage.placement.Money;
import org.anchorage.placement.Placements;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles in health and care residents read (published ones, without signing in), and their editing by programme
 * managers and administrators (anyone else: not found). Every text a resident reads must score Flesch-Kincaid grade
 * 4 or below ({@link Readability}); a save names every problem at once and saves nothing until there are none.
 * Every change is audited.
 */
@Service
public class Roles {

    public static final String RECORD_TYPE = "careers-role";
    /** The highest Flesch-Kincaid grade a resident's text may read at: what a 9-year-old reads. */
    public static final double HIGHEST_GRADE = 4.0;
    /** A role's address may not be a word the editing pages use. */
    static final List<String> RESERVED_SLUGS = List.of("new", "easy-read");

    /** The resident-facing texts, each with its label for messages and its longest length. */
    public static final Map<String, String> TEXT_LABELS = new LinkedHashMap<>();
    static final Map<String, Integer> TEXT_LIMITS = Map.of("whatItIs", 600, "dayInJob", 1200, "training", 600, "route", 800,
            "easyRead", 600);

    static {
        TEXT_LABELS.put("whatItIs", "What the job is");
        TEXT_LABELS.put("dayInJob", "A day in the job");
        TEXT_LABELS.put("training", "Training needed");
        TEXT_LABELS.put("route", "The route through the programme");
        TEXT_LABELS.put("easyRead", "The easy-read text");
    }

    private final RoleRecords records;
    private final Placements placements;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    Roles(RoleRecords records, Placements placements, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.records = records;
        this.placements = placements;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // --- what residents read -------------------------------------------------------------------------

    /** The published roles, in order, with today's pay. */
    @Transactional(readOnly = true)
    public List<CareerRole.Shown> published() {
        LocalDate today = LocalDate.now(clock);
        return records.list(true).stream().map(r -> shown(r, today)).toList();
    }

    /** One published role with today's pay; not found when there is none or it is not published. */
    @Transactional(readOnly = true)
    public CareerRole.Shown published(String slug) {
        return records.find(slug).filter(CareerRole::published).map(r -> shown(r, LocalDate.now(clock)))
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, slug));
    }

    private CareerRole.Shown shown(CareerRole role, LocalDate on) {
        String family = Plans.ROLE_FAMILIES.getOrDefault(role.roleFamily(), role.roleFamily());
        if (role.afcBand() == null) {
            return new CareerRole.Shown(role, family, null, null);
        }
        var pay = placements.bandEntryPay(role.afcBand(), on);
        return new CareerRole.Shown(role, family, "Band " + role.afcBand(), pay.isPresent() ? Money.wholePounds(pay.getAsLong()) : null);
    }

    // --- editing -------------------------------------------------------------------------------------

    /** Every role, published or not, for someone who edits them; not found for anyone else. */
    @Transactional(readOnly = true)
    public List<CareerRole> all(SignedInUser user) {
        mayEdit(user, "roles");
        return records.list(false);
    }

    @Transactional(readOnly = true)
    public CareerRole forEditing(String slug, SignedInUser user) {
        mayEdit(user, slug);
        return records.find(slug).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, slug));
    }

    /** The Agenda for Change bands in the pay table, for the form's choice. */
    @Transactional(readOnly = true)
    public List<String> bands() {
        return placements.afcBandCodes();
    }

    /**
     * Every problem with the content, each naming its field ("title", "roleFamily", the texts of {@link #TEXT_LABELS},
     * "afcBand", "order", "published"): blank, too long, or a text that reads above grade 4.
     */
    @Transactional(readOnly = true)
    public List<RuleViolation> problemsWith(CareerRole.Content c) {
        List<RuleViolation> problems = new ArrayList<>();
        if (blank(c.title())) {
            problems.add(new RuleViolation("title", "Enter the name of the role, like Porter"));
        } else if (c.title().strip().length() > 80) {
            problems.add(new RuleViolation("title", "Write the name of the role in up to 80 characters"));
        }
        if (c.roleFamily() == null || !Plans.ROLE_FAMILIES.containsKey(c.roleFamily())) {
            problems.add(new RuleViolation("roleFamily", "Choose the NHS role family the role is in"));
        }
        Map<String, String> texts = texts(c);
        for (var label : TEXT_LABELS.entrySet()) {
            String field = label.getKey();
            String text = texts.get(field);
            int limit = TEXT_LIMITS.get(field);
            if (blank(text)) {
                problems.add(new RuleViolation(field, "Enter " + lowerFirst(label.getValue())));
            } else if (text.strip().length() > limit) {
                problems.add(new RuleViolation(field, "Write " + lowerFirst(label.getValue()) + " in up to " + limit + " characters (it has "
                        + text.strip().length() + ")"));
            } else {
                var score = Readability.score(text);
                if (score.grade() > HIGHEST_GRADE) {
                    problems.add(new RuleViolation(field, label.getValue() + " reads at grade " + score.gradeShown()
                            + ", above grade 4: use shorter sentences and shorter words, so a 9-year-old could read it"));
                }
            }
        }
        if (!blank(c.afcBand()) && !bands().contains(c.afcBand())) {
            problems.add(new RuleViolation("afcBand", "Choose the usual Agenda for Change band, or none"));
        }
        if (c.order() == null) {
            problems.add(new RuleViolation("order", "Enter where the role comes in the list, as a whole number like 10"));
        } else if (c.order() < 1 || c.order() > 999) {
            problems.add(new RuleViolation("order", "Where the role comes in the list must be from 1 to 999"));
        }
        if (c.published() == null) {
            problems.add(new RuleViolation("published", "Choose whether residents can see the role"));
        }
        return problems;
    }

    /** The problems with a new role's address (as typed, or made from its title when blank), then with its content. */
    @Transactional(readOnly = true)
    public List<RuleViolation> problemsWithNew(String typedSlug, CareerRole.Content c) {
        List<RuleViolation> problems = new ArrayList<>();
        String slug = slugFor(typedSlug, c.title());
        if (slug.isEmpty()) {
            if (!blank(typedSlug)) {
                problems.add(new RuleViolation("slug", "Write the address with letters, numbers and hyphens only, like night-porter"));
            } else if (!blank(c.title())) {
                // A title with no letters a to z or numbers ("!!!", a name in another script) makes no address of its own.
                problems.add(new RuleViolation("slug", "Enter a web address for the role, using letters a to z, numbers and hyphens, "
                        + "like night-porter"));
            }
        } else if (slug.length() > 60) {
            problems.add(new RuleViolation("slug", "Write the address in up to 60 characters"));
        } else if (RESERVED_SLUGS.contains(slug)) {
            problems.add(new RuleViolation("slug", "The address /roles/" + slug + " is kept for the site: choose another"));
        } else if (records.exists(slug)) {
            problems.add(new RuleViolation("slug", "There is already a role at /roles/" + slug + ": choose another address"));
        }
        problems.addAll(problemsWith(c));
        return problems;
    }

    /**
     * A role's address: as typed when given (it must be letters, numbers and single hyphens already; an empty answer
     * means it was not), else made from the title ("Night porter" becomes "night-porter").
     */
    public static String slugFor(String typed, String title) {
        if (!blank(typed)) {
            String t = typed.strip().toLowerCase(Locale.UK);
            return t.matches("[a-z0-9]+(-[a-z0-9]+)*") ? t : "";
        }
        if (blank(title)) {
            return "";
        }
        // Accents come off first ("Crèche" makes "creche", not "cre-che"); anything else not a to z or 0 to 9 is a hyphen.
        return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.UK)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Saves a change to a role (refused, naming the first problem, when there is any). */
    @Transactional
    public void change(String slug, CareerRole.Content c, SignedInUser by) {
        CareerRole before = forEditing(slug, by);
        refuseProblems(problemsWith(c));
        records.update(slug, c, by.displayName(), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, slug, "changed the role " + c.title().strip() + ": " + changed(before, c));
    }

    /** Adds a role; returns its address. */
    @Transactional
    public String add(String typedSlug, CareerRole.Content c, SignedInUser by) {
        mayEdit(by, "new");
        refuseProblems(problemsWithNew(typedSlug, c));
        String slug = slugFor(typedSlug, c.title());
        try {
            records.insert(slug, c, by.displayName(), clock.instant());
        } catch (DuplicateKeyException taken) {
            throw new RuleViolation("slug", "There is already a role at /roles/" + slug + ": choose another address");
        }
        audit.record(AuditAction.CREATE, RECORD_TYPE, slug, "added the role " + c.title().strip() + (c.published() ? ", published" : ", not published"));
        return slug;
    }

    private void mayEdit(SignedInUser user, String slug) {
        if (!access.scopeOf(user).editsCareersContent()) {
            throw new RecordNotFound(RECORD_TYPE, slug);
        }
    }

    private static void refuseProblems(List<RuleViolation> problems) {
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }

    /** Which parts changed, for the audit trail ("what the job is, published"). */
    private static String changed(CareerRole before, CareerRole.Content c) {
        List<String> parts = new ArrayList<>();
        if (!before.title().equals(c.title().strip())) parts.add("title");
        if (!before.roleFamily().equals(c.roleFamily())) parts.add("role family");
        Map<String, String> was = Map.of("whatItIs", before.whatItIs(), "dayInJob", before.dayInJob(), "training", before.training(),
                "route", before.route(), "easyRead", before.easyRead());
        Map<String, String> now = texts(c);
        TEXT_LABELS.forEach((field, label) -> {
            if (!was.get(field).equals(now.get(field).strip())) parts.add(lowerFirst(label));
        });
        String band = blank(c.afcBand()) ? null : c.afcBand();
        if (!java.util.Objects.equals(before.afcBand(), band)) parts.add("band");
        if (before.order() != c.order()) parts.add("order");
        if (before.published() != c.published()) parts.add(c.published() ? "published" : "unpublished");
        return parts.isEmpty() ? "nothing changed" : String.join(", ", parts);
    }

    private static Map<String, String> texts(CareerRole.Content c) {
        Map<String, String> texts = new java.util.HashMap<>();
        texts.put("whatItIs", c.whatItIs());
        texts.put("dayInJob", c.dayInJob());
        texts.put("training", c.training());
        texts.put("route", c.route());
        texts.put("easyRead", c.easyRead());
        return texts;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
