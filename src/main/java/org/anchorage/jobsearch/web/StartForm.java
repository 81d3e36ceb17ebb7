package org.anchorage.jobsearch.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.jobsearch.Application;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The job start from an application, as typed: pay, hours, contract, start date and evidence. */
public class StartForm {

    static final List<String> FIELDS = List.of("employerSector", "hourlyPay", "hoursPerWeek", "contractType", "starts", "evidence");

    private String application;
    private String employerSector;
    private String hourlyPay;
    private String hoursPerWeek;
    private String confirmLongHours;
    private String contractType;
    private String startsDay;
    private String startsMonth;
    private String startsYear;
    private String evidence;

    Application.StartTerms read(BindingResult result) {
        LocalDate starts = DateInput.parse("starts", "The start date", startsDay, startsMonth, startsYear, "Enter the start date", result);
        Integer pence = null;
        if (!Amounts.blank(hourlyPay)) {
            pence = Amounts.pence(hourlyPay);
            if (pence == null) {
                DateInput.reject(result, "hourlyPay", "Enter the hourly pay in pounds and pence, like 12.71");
            }
        }
        BigDecimal hours = null;
        if (!Amounts.blank(hoursPerWeek)) {
            hours = Amounts.hours(hoursPerWeek);
            if (hours == null) {
                DateInput.reject(result, "hoursPerWeek", "Enter the contracted hours a week as a number, like 37.5");
            }
        }
        if (employerSector == null || employerSector.isBlank()) {
            DateInput.reject(result, "employerSector", "Choose the kind of employer");
        }
        return new Application.StartTerms(employerSector, pence, hours, "yes".equals(confirmLongHours), contractType, starts, evidence);
    }

    /** Starts from what the host offered, when it did. */
    static StartForm from(Application a) {
        StartForm f = new StartForm();
        f.application = a.id().toString();
        f.hourlyPay = a.hourlyPayPence() == null ? null : new BigDecimal(a.hourlyPayPence()).movePointLeft(2).toPlainString();
        f.hoursPerWeek = a.offeredHours();
        if (a.proposedStartOn() != null) {
            f.startsDay = String.valueOf(a.proposedStartOn().getDayOfMonth());
            f.startsMonth = String.valueOf(a.proposedStartOn().getMonthValue());
            f.startsYear = String.valueOf(a.proposedStartOn().getYear());
        }
        return f;
    }

    public String getStarts() { return startsDay + "/" + startsMonth + "/" + startsYear; }
    public String getApplication() { return application; }
    public void setApplication(String v) { application = v; }
    public String getEmployerSector() { return employerSector; }
    public void setEmployerSector(String v) { employerSector = v; }
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
