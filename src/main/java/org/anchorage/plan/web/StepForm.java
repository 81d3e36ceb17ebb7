package org.anchorage.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One more step for a goal already on the plan. */
public class StepForm {

    static final List<String> FIELDS = List.of("step1.description", "step1.owner", "step1.due");

    @Size(max = 11) private String version;
    @Size(max = 36) private String goal;
    @Valid private final StepFields step1 = new StepFields();

    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
    public String getGoal() { return goal; }
    public void setGoal(String v) { goal = v; }
    public StepFields getStep1() { return step1; }
}
