package org.anchorage.jobsearch.web;

import java.util.List;
import org.anchorage.jobsearch.Application;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** A new application as typed; the date applied in three boxes. */
public class ApplicationForm {

    static final List<String> FIELDS = List.of("employer", "roleTitle", "roleFamily", "afcBand", "reference", "applied");

    private String employer;
    private String roleTitle;
    private String roleFamily;
    private String afcBand;
    private String reference;
    private String appliedDay;
    private String appliedMonth;
    private String appliedYear;

    Application.New read(BindingResult result) {
        return new Application.New(employer, roleTitle, roleFamily, afcBand, reference,
                DateInput.parse("applied", "The date applied", appliedDay, appliedMonth, appliedYear, "Enter the date applied", result));
    }

    public String getApplied() { return appliedDay + "/" + appliedMonth + "/" + appliedYear; }
    public String getEmployer() { return employer; }
    public void setEmployer(String v) { employer = v; }
    public String getRoleTitle() { return roleTitle; }
    public void setRoleTitle(String v) { roleTitle = v; }
    public String getRoleFamily() { return roleFamily; }
    public void setRoleFamily(String v) { roleFamily = v; }
    public String getAfcBand() { return afcBand; }
    public void setAfcBand(String v) { afcBand = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getAppliedDay() { return appliedDay; }
    public void setAppliedDay(String v) { appliedDay = v; }
    public String getAppliedMonth() { return appliedMonth; }
    public void setAppliedMonth(String v) { appliedMonth = v; }
    public String getAppliedYear() { return appliedYear; }
    public void setAppliedYear(String v) { appliedYear = v; }
}
