package org.anchorage.programme.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EmploymentStatus;
import org.anchorage.programme.ImdEdition;
import org.springframework.validation.BindingResult;

/**
 * The eligibility rules page. Codes are typed one per line (or separated by commas); each target
 * place is a line "Name: code, code".
 */
public class EligibilityRulesForm {

    static final List<String> FIELDS = List.of("imdEdition", "maxDecile", "localAuthorityCodes", "targetLsoaCodes",
            "targetPlaces", "minAge", "maxAge", "employmentStatuses", "rightToWorkRequired");

    private String imdEdition;
    @Size(max = 2, message = "Choose a decile from the list") private String maxDecile;
    @Size(max = 5000, message = "The local authority list must be 5000 characters or fewer") private String localAuthorityCodes;
    @Size(max = 20000, message = "The neighbourhood list must be 20000 characters or fewer") private String targetLsoaCodes;
    @Size(max = 20000, message = "The target places must be 20000 characters or fewer") private String targetPlaces;
    @Size(max = 3, message = "Enter the youngest age as a number, like 16") private String minAge;
    @Size(max = 3, message = "Enter the oldest age as a number, like 24") private String maxAge;
    private List<String> employmentStatuses = new ArrayList<>();
    private String rightToWorkRequired;

    static EligibilityRulesForm of(EligibilityRules rules) {
        EligibilityRulesForm form = new EligibilityRulesForm();
        form.imdEdition = rules.editionOrDefault().code();
        form.maxDecile = rules.maxDecile() == null ? "" : rules.maxDecile().toString();
        form.localAuthorityCodes = String.join("\n", rules.localAuthorityCodes());
        form.targetLsoaCodes = String.join("\n", rules.targetLsoaCodes());
        form.targetPlaces = rules.targetPlaces().stream()
                .map(p -> p.name() + ": " + String.join(", ", concat(p.lsoaCodes(), p.wardCodes())))
                .collect(Collectors.joining("\n"));
        form.minAge = rules.minAge() == null ? "" : rules.minAge().toString();
        form.maxAge = rules.maxAge() == null ? "" : rules.maxAge().toString();
        form.employmentStatuses = rules.employmentStatuses().stream().map(EmploymentStatus::code).sorted()
                .collect(Collectors.toCollection(ArrayList::new));
        form.rightToWorkRequired = rules.rightToWorkRequired() == null ? "" : rules.rightToWorkRequired() ? "yes" : "no";
        return form;
    }

    EligibilityRules toRules(BindingResult result) {
        ImdEdition edition = ImdEdition.fromCode(imdEdition == null ? "" : imdEdition).orElse(null);
        if (edition == null) {
            result.rejectValue("imdEdition", "required", "Choose which Indices of Deprivation decide eligibility");
        }
        Integer decile = number(maxDecile, "maxDecile", "Choose a decile from the list", result);
        Integer youngest = number(minAge, "minAge", "Enter the youngest age as a whole number, like 16", result);
        Integer oldest = number(maxAge, "maxAge", "Enter the oldest age as a whole number, like 24", result);
        Set<EmploymentStatus> statuses = new LinkedHashSet<>();
        for (String code : employmentStatuses) {
            EmploymentStatus.fromCode(code).ifPresentOrElse(statuses::add,
                    () -> result.rejectValue("employmentStatuses", "invalid", "Choose employment statuses from the list"));
        }
        Boolean rightToWork = switch (rightToWorkRequired == null ? "" : rightToWorkRequired) {
            case "yes" -> true;
            case "no" -> false;
            case "" -> null;
            default -> {
                result.rejectValue("rightToWorkRequired", "invalid", "Choose yes or no");
                yield null;
            }
        };
        List<EligibilityRules.TargetPlace> places = new ArrayList<>();
        for (String line : lines(targetPlaces)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                result.rejectValue("targetPlaces", "format", "Write each place as a name, a colon, then its codes, like 'Tilbury: E01016006, E01016010'");
                break;
            }
            List<String> codes = codes(line.substring(colon + 1));
            places.add(new EligibilityRules.TargetPlace(line.substring(0, colon).strip(),
                    codes.stream().filter(c -> !c.startsWith("E05")).toList(),
                    codes.stream().filter(c -> c.startsWith("E05")).toList()));
        }
        return new EligibilityRules(edition, decile, codes(localAuthorityCodes), codes(targetLsoaCodes), places,
                youngest, oldest, statuses, rightToWork);
    }

    private static Integer number(String value, String field, String message, BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number", message);
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).map(String::strip)
                .filter(c -> !c.isEmpty()).map(String::toUpperCase).distinct().toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public String getImdEdition() { return imdEdition; }
    public void setImdEdition(String v) { imdEdition = v; }
    public String getMaxDecile() { return maxDecile; }
    public void setMaxDecile(String v) { maxDecile = v; }
    public String getLocalAuthorityCodes() { return localAuthorityCodes; }
    public void setLocalAuthorityCodes(String v) { localAuthorityCodes = v; }
    public String getTargetLsoaCodes() { return targetLsoaCodes; }
    public void setTargetLsoaCodes(String v) { targetLsoaCodes = v; }
    public String getTargetPlaces() { return targetPlaces; }
    public void setTargetPlaces(String v) { targetPlaces = v; }
    public String getMinAge() { return minAge; }
    public void setMinAge(String v) { minAge = v; }
    public String getMaxAge() { return maxAge; }
    public void setMaxAge(String v) { maxAge = v; }
    public List<String> getEmploymentStatuses() { return employmentStatuses; }
    public void setEmploymentStatuses(List<String> v) { employmentStatuses = v == null ? new ArrayList<>() : v; }
    public String getRightToWorkRequired() { return rightToWorkRequired; }
    public void setRightToWorkRequired(String v) { rightToWorkRequired = v; }
}
