package org.anchorage.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

/** The steps of the journey a report counts, in order, with their names as a funder reads them. */
public final class Milestones {

    public static final String REFERRED = "referred";
    public static final String ELIGIBLE = "eligible";
    public static final String ACCEPTED = "accepted";
    public static final String ASSESSED = "assessed";
    public static final String PLAN_AGREED = "plan-agreed";
    public static final String TRAINING_STARTED = "training-started";
    public static final String TRAINING_COMPLETED = "training-completed";
    public static final String PUT_FORWARD = "put-forward";
    public static final String PLACEMENT_STARTED = "placement-started";
    public static final String PLACEMENT_COMPLETED = "placement-completed";
    public static final String JOB_STARTED = "job-started";

    private Milestones() {}

    public static String inWork(int weeks) {
        return "in-work-" + weeks;
    }

    public static String outcome(String definitionCode) {
        return "outcome:" + definitionCode;
    }

    /** The fixed steps, in the journey's order. Check points and outcomes follow, from the data. */
    public static final Map<String, String> STEPS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(REFERRED, "Referred");
        m.put(ELIGIBLE, "Eligible on arrival");
        m.put(ACCEPTED, "Accepted onto the programme");
        m.put(ASSESSED, "Assessed");
        m.put(PLAN_AGREED, "Plan agreed");
        m.put(TRAINING_STARTED, "Training started");
        m.put(TRAINING_COMPLETED, "Training completed");
        m.put(PUT_FORWARD, "Put forward for a placement");
        m.put(PLACEMENT_STARTED, "Placement started");
        m.put(PLACEMENT_COMPLETED, "Placement completed");
        m.put(JOB_STARTED, "Job started");
        STEPS = java.util.Collections.unmodifiableMap(m);
    }

    /** A milestone's name: a fixed step's, "In work at 13 weeks", or "Outcome: " and the definition's code. */
    public static String label(String milestone) {
        if (STEPS.containsKey(milestone)) {
            return STEPS.get(milestone);
        }
        if (milestone.startsWith("in-work-")) {
            return "In work at " + milestone.substring("in-work-".length()) + " weeks";
        }
        if (milestone.startsWith("outcome:")) {
            String code = milestone.substring("outcome:".length());
            String name = switch (code) {
                case "dwp-earnings" -> "earnings outcome";
                case "ips-baseline" -> "IPS baseline";
                default -> code.replace('-', ' ');
            };
            return "Outcome achieved: " + name;
        }
        return milestone;
    }
}
