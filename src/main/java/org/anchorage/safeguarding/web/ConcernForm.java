package org.anchorage.safeguarding.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.anchorage.safeguarding.Answer;
import org.anchorage.safeguarding.ConcernCategory;
import org.anchorage.safeguarding.NewConcern;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/**
 * Raising a concern: what was seen or heard is the only required field. A category or answer that is not on
 * the list is treated as not given, so a concern is never refused for an optional field.
 */
public class ConcernForm {

    static final List<String> FIELDS = List.of("categories", "description", "immediateRisk", "whenAndWhere", "actionTaken",
            "personKnows");

    private List<String> categories = new ArrayList<>();
    @Size(max = NewConcern.MAX_DESCRIPTION, message = "What you saw or heard must be 10,000 characters or fewer")
    private String description;
    @Size(max = 20) private String immediateRisk;
    @Size(max = 10_000, message = "When and where must be 10,000 characters or fewer") private String whenAndWhere;
    @Size(max = 10_000, message = "What you have done already must be 10,000 characters or fewer") private String actionTaken;
    @Size(max = 20) private String personKnows;

    NewConcern read(BindingResult result) {
        if (!result.hasFieldErrors("description") && (description == null || description.isBlank())) {
            DateInput.reject(result, "description", "Enter what you saw or heard");
        }
        List<ConcernCategory> chosen = categories == null ? List.of()
                : categories.stream().map(ConcernCategory::fromCode).flatMap(java.util.Optional::stream).distinct().toList();
        return new NewConcern(chosen, description, Answer.fromCode(String.valueOf(immediateRisk)).orElse(null), whenAndWhere,
                actionTaken, Answer.fromCode(String.valueOf(personKnows)).orElse(null));
    }

    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> v) { categories = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getImmediateRisk() { return immediateRisk; }
    public void setImmediateRisk(String v) { immediateRisk = v; }
    public String getWhenAndWhere() { return whenAndWhere; }
    public void setWhenAndWhere(String v) { whenAndWhere = v; }
    public String getActionTaken() { return actionTaken; }
    public void setActionTaken(String v) { actionTaken = v; }
    public String getPersonKnows() { return personKnows; }
    public void setPersonKnows(String v) { personKnows = v; }
}
