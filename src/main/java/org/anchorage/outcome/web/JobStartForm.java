package org.anchorage.outcome.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.outcome.JobStart;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** A job start as typed: pay in pounds and pence, hours with at most one decimal place, the start date in three boxes. */
public class JobStartForm {

    static final List<String> FIELDS = List.of("employer", "employerSector", "roleTitle", "roleFamily", "afcBand", "hourlyPay", "hoursPerWeek",
            "contractType", "starts", "evidence");

    private String employer;
    private String employerSector;
    private String roleTitle;
    private String roleFamily;
    private String afcBand;
    private String hourlyPay;
    private String hoursPerWeek;
    private String confirmLongHours;
    private String contractType;
    private String startsDay;
    private String startsMonth;
    private String startsYear;
    private String evidence;

    /** The start as typed; what cannot be read (a date, an amount, hours) is added to the result by field. */
    JobStart.New read(BindingResult result) {
        LocalDate starts = DateInput.parse("starts", "The start date", startsDay, startsMonth, startsYear, "Enter the start date", result);
        Integer pence = null;
        if (hourlyPay != null && !hourlyPay.isBlank()) {
            pence = Amounts.pence(hourlyPay);
            if (pence == null) {
                DateInput.reject(result, "hourlyPay", "Enter the hourly pay in pounds and pence, like 12.71");
            }
        }
        BigDecimal hours = null;
        if (hoursPerWeek != null && !hoursPerWeek.isBlank()) {
            hours = Amounts.hours(hoursPerWeek);
            if (hours == null) {
                DateInput.reject(result, "hoursPerWeek", "Enter the contracted hours a week as a number, like 37.5");
            }
        }
        // Asked of every new start on the page; the facade leaves it optional for the API and older rows.
        if (employerSector == null || employerSector.isBlank()) {
            DateInput.reject(result, "employerSector", "Choose the kind of employer");
        }
        return new JobStart.New(employer, employerSector, roleTitle, roleFamily, afcBand, pence, hours, "yes".equals(confirmLongHours), contractType,
                starts, evidence);
    }

    public String getStarts() { return startsDay + "/" + startsMonth + "/" + startsYear; }
    public String getEmployer() { return employer; }
    public void setEmployer(String v) { employer = v; }
    public String getEmployerSector() { return employerSector; }
    public void setEmployerSector(String v) { employerSector = v; }
    public String getRoleTitle() { return roleTitle; }
    public void setRoleTitle(String v) { roleTitle = v; }
    public String getRoleFamily() { return roleFamily; }
    public void setRoleFamily(String v) { roleFamily = v; }
    public String getAfcBand() { return afcBand; }
    public void setAfcBand(String v) { afcBand = v; }
    public String getHourlyPay() { return hourlyPay; }
    public void setHourlyPay(String v) { hourlyPay = v; }
    public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String v) { hoursPerWeek = v; }
    public String getConfirmLongHours() { return confirmLongHours; }
    public void setConfirmLongHours(String v) { confirmLongHours = v; }
    public String getContractType() { return contractType; }
    public void setContractType(String v) { contractType = v; }
    public String getStartsDay() { return startsDay; }
    public void setStartsDay(String v) { startsDay = v; }
    public String getStartsMonth() { return startsMonth; }
    public void setStartsMonth(String v) { startsMonth = v; }
    public String getStartsYear() { return startsYear; }
    public void setStartsYear(String v) { startsYear = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
}
