package org.anchorage.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.anchorage.plan.Goal;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** A new goal with up to three steps (the first required); more can be added to the goal later. */
public class GoalForm {

    static final List<String> FIELDS = List.of("title", "step1.description", "step1.owner", "step1.due", "step2.description",
            "step2.owner", "step2.due", "step3.description", "step3.owner", "step3.due", "agreed", "sharedWithMentor");

    @Size(max = 11) private String version;
    @Size(max = 300, message = "Write the goal in up to 300 characters") private String title;
    @Size(max = 3) private String agreed;
    @Size(max = 3) private String sharedWithMentor;
    @Valid private final StepFields step1 = new StepFields();
    @Valid private final StepFields step2 = new StepFields();
    @Valid private final StepFields step3 = new StepFields();

    /** The steps typed, in order; every problem (the goal's and each step's) is added to the result. */
    List<Goal.NewStep> read(BindingResult result) {
        if (!result.hasFieldErrors("title") && (title == null || title.isBlank())) {
            DateInput.reject(result, "title", "Enter the goal");
        }
        List<Goal.NewStep> steps = new ArrayList<>();
        steps.add(step1.read("step1", result));
        if (!step2.isEmpty()) {
            steps.add(step2.read("step2", result));
        }
        if (!step3.isEmpty()) {
            steps.add(step3.read("step3", result));
        }
        return steps;
    }

    boolean agreedWithParticipant() {
        return "yes".equals(agreed);
    }

    boolean sharedWithTheirMentor() {
        return "yes".equals(sharedWithMentor);
    }

    public String getSharedWithMentor() { return sharedWithMentor; }
    public void setSharedWithMentor(String v) { sharedWithMentor = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getAgreed() { return agreed; }
    public void setAgreed(String v) { agreed = v; }
    public StepFields getStep1() { return step1; }
    public StepFields getStep2() { return step2; }
    public StepFields getStep3() { return step3; }
}
