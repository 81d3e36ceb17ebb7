package org.anchorage.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.reporting.internal.TargetRecords;
import org.anchorage.reporting.internal.TargetRecords.BudgetLine;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.support.BarrierFundMoney;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's targets (how many people it means to bring to each step over its life) and its budget lines,
 * kept by its managers (an administrator too, as for the programme's other settings); read by the targets
 * report. Every bad value is named at once and nothing is saved; every change is audited.
 */
@Service
public class ProgrammeTargets {

    /** The steps a target can be set for, in the journey's order. */
    public static final Map<String, String> TARGETABLE;
    /** How many budget lines the page offers. */
    public static final int BUDGET_LINES = 6;

    static {
        Map<String, String> t = new LinkedHashMap<>();
        Milestones.STEPS.forEach(t::put);
        for (int weeks : new int[] {13, 26, 52}) {
            t.put(Milestones.inWork(weeks), Milestones.label(Milestones.inWork(weeks)));
        }
        for (String code : List.of("dwp-earnings", "ips-baseline", "sustained-3-months")) {
            t.put(Milestones.outcome(code), Milestones.label(Milestones.outcome(code)));
        }
        TARGETABLE = Collections.unmodifiableMap(t);
    }

    private final TargetRecords records;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeTargets(TargetRecords records, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programme's targets and budget as set, for the form. */
    public record Settings(Map<String, Integer> targets, List<BudgetLine> budget) {}

    @Transactional(readOnly = true)
    public Settings settings(ProgrammeId programme, SignedInUser user) {
        managing(programme, user);
        return new Settings(records.targets(programme.value()), records.budget(programme.value()));
    }

    /** For the report, to whoever may see the programme's reports. */
    Settings read(ProgrammeId programme) {
        return new Settings(records.targets(programme.value()), records.budget(programme.value()));
    }

    private void managing(ProgrammeId programme, SignedInUser user) {
        if (!access.scopeOf(user).managesProgramme(programme.value())) {
            throw new RecordNotFound(Reports.RECORD_TYPE, programme);
        }
    }

    /**
     * Every problem with what was typed, by field: {@code target<i>} for the i-th of {@link #TARGETABLE} (a whole
     * number from 0 to 10,000,000, or blank for none), {@code budgetName<n>} and {@code budgetAmount<n>} for
     * budget line n (1 to {@link #BUDGET_LINES}: a name and an amount together, or neither).
     */
    public static List<RuleViolation> problemsWith(List<String> targets, List<String> names, List<String> amounts) {
        List<RuleViolation> problems = new ArrayList<>();
        List<String> labels = List.copyOf(TARGETABLE.values());
        for (int i = 0; i < labels.size(); i++) {
            String typed = i < targets.size() ? targets.get(i) : null;
            if (typed == null || typed.isBlank()) {
                continue;
            }
            // Commas only as thousands separators ("1,000"), so "1,0,0,0" is not quietly read as 1000.
            String t = typed.strip().matches("[0-9]{1,3}(,[0-9]{3})+") ? typed.strip().replace(",", "") : typed.strip();
            if (!t.matches("[0-9]{1,8}") || Long.parseLong(t) > 10_000_000) {
                problems.add(new RuleViolation("target" + i, "The target for " + labels.get(i).toLowerCase()
                        + " must be a whole number of people from 0 to 10,000,000"));
            }
        }
        for (int n = 1; n <= BUDGET_LINES; n++) {
            String name = n <= names.size() ? names.get(n - 1) : null;
            String amount = n <= amounts.size() ? amounts.get(n - 1) : null;
            boolean hasName = name != null && !name.isBlank();
            boolean hasAmount = amount != null && !amount.isBlank();
            if (hasName && name.strip().length() > 100) {
                problems.add(new RuleViolation("budgetName" + n, "Write what budget line " + n + " is for in up to 100 characters"));
            }
            if (hasAmount && !hasName) {
                problems.add(new RuleViolation("budgetName" + n, "Enter what budget line " + n + " is for, like Navigators' salaries"));
            }
            if (hasName && !hasAmount) {
                problems.add(new RuleViolation("budgetAmount" + n, "Enter the amount of budget line " + n + " in pounds, like 120000"));
            } else if (hasAmount) {
                String field = "budgetAmount" + n;
                BarrierFundMoney.problemWith(amount, "the amount of budget line " + n)
                        .ifPresent(m -> problems.add(new RuleViolation(field, m)));
            }
        }
        return problems;
    }

    /** Replaces the targets and budget with these (refused, naming the first field, when anything is wrong). */
    @Transactional
    public void save(ProgrammeId programme, List<String> targets, List<String> names, List<String> amounts, SignedInUser by) {
        managing(programme, by);
        List<RuleViolation> problems = problemsWith(targets, names, amounts);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        Map<String, Integer> set = new LinkedHashMap<>();
        List<String> codes = List.copyOf(TARGETABLE.keySet());
        for (int i = 0; i < codes.size() && i < targets.size(); i++) {
            if (targets.get(i) != null && !targets.get(i).isBlank()) {
                set.put(codes.get(i), Integer.parseInt(targets.get(i).strip().replace(",", ""))); // checked above
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (int n = 1; n <= BUDGET_LINES && n <= names.size(); n++) {
            String name = names.get(n - 1);
            if (name != null && !name.isBlank()) {
                lines.add(new BudgetLine(name.strip(), BarrierFundMoney.pence(amounts.get(n - 1))));
            }
        }
        records.replace(programme.value(), set, lines, by.email(), clock.instant());
        audit.record(AuditAction.CHANGE, Reports.RECORD_TYPE, programme.value(), "targets (" + set.size() + ") and budget lines ("
                + lines.size() + ") set");
    }
}
