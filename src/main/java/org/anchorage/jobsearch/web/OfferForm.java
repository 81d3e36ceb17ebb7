package org.anchorage.jobsearch.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.jobsearch.Application;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** A host's job offer after a placement, as typed on the candidate page. */
public class OfferForm {

    static final List<String> FIELDS = List.of("offer", "roleTitle", "afcBand", "hoursPerWeek", "hourlyPay", "proposedStart", "message");

    private String roleTitle;
    private String afcBand;
    private String hoursPerWeek;
    private String hourlyPay;
    private String proposedStartDay;
    private String proposedStartMonth;
    private String proposedStartYear;
    private String message;

    Application.Offer read(BindingResult result) {
        LocalDate start = DateInput.parse("proposedStart", "The proposed start date", proposedStartDay, proposedStartMonth,
                proposedStartYear, null, result);
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
                DateInput.reject(result, "hoursPerWeek", "Enter the hours a week as a number, like 37.5");
            }
        }
        return new Application.Offer(roleTitle, afcBand, hours, pence, start, message);
    }

    public String getOffer() { return null; }
    public String getProposedStart() { return proposedStartDay + "/" + proposedStartMonth + "/" + proposedStartYear; }
    public String getRoleTitle() { return roleTitle; }
    public void setRoleTitle(String v) { roleTitle = v; }
    public String getAfcBand() { return afcBand; }
    public void setAfcBand(String v) { afcBand = v; }
    public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String v) { hoursPerWeek = v; }
    public String getHourlyPay() { return hourlyPay; }
    public void setHourlyPay(String v) { hourlyPay = v; }
    public String getProposedStartDay() { return proposedStartDay; }
    public void setProposedStartDay(String v) { proposedStartDay = v; }
    public String getProposedStartMonth() { return proposedStartMonth; }
    public void setProposedStartMonth(String v) { proposedStartMonth = v; }
    public String getProposedStartYear() { return proposedStartYear; }
    public void setProposedStartYear(String v) { proposedStartYear = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { message = v; }
}
