package org.anchorage.opportunities.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.anchorage.opportunities.Vacancy;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The vacancy form, as typed: numbers and the date stay text until read, so a bad one is named, not a 400. */
public class VacancyForm {

    static final List<String> FIELDS = List.of("postedFor", "title", "roleFamily", "afcBand", "payAmount", "payPer", "payNote",
            "hoursPerWeek", "contract", "postcode", "closes", "applyBy", "applyLink", "description");

    private String postedFor;
    private String title;
    private String roleFamily;
    private String afcBand;
    private String payAmount;
    private String payPer;
    private String payNote;
    private String hoursPerWeek;
    private String contract;
    private String postcode;
    private String closesDay;
    private String closesMonth;
    private String closesYear;
    private String applyBy;
    private String applyLink;
    private String description;

    static VacancyForm of(Vacancy v) {
        VacancyForm f = new VacancyForm();
        f.postedFor = v.programme().value() + "/" + v.employer().value();
        f.title = v.title();
        f.roleFamily = v.roleFamily();
        f.afcBand = v.afcBand();
        f.payAmount = v.payPence() == null ? "" : new BigDecimal(v.payPence()).movePointLeft(2).stripTrailingZeros().toPlainString();
        f.payPer = v.payPer() == null ? null : v.payPer().code();
        f.payNote = v.payNote();
        f.hoursPerWeek = v.hoursPerWeek().stripTrailingZeros().toPlainString();
        f.contract = v.contract().code();
        f.postcode = v.postcode();
        f.closesDay = String.valueOf(v.closesOn().getDayOfMonth());
        f.closesMonth = String.valueOf(v.closesOn().getMonthValue());
        f.closesYear = String.valueOf(v.closesOn().getYear());
        f.applyBy = v.applyUrl() == null ? "programme" : "link";
        f.applyLink = v.applyUrl();
        f.description = v.description();
        return f;
    }

    Vacancy.New read(BindingResult result) {
        ProgrammeId programme = null;
        OrganisationId employer = null;
        if (postedFor != null && postedFor.matches("[0-9a-fA-F-]{36}/[0-9a-fA-F-]{36}")) {
            try {
                programme = new ProgrammeId(UUID.fromString(postedFor.substring(0, 36)));
                employer = new OrganisationId(UUID.fromString(postedFor.substring(37)));
            } catch (IllegalArgumentException e) {
                programme = null;
            }
        }
        Long pence = null;
        if (payAmount != null && !payAmount.isBlank()) {
            String typed = payAmount.strip().replace("£", "").replace(",", "");
            if (typed.matches("[0-9]{1,7}(\\.[0-9]{1,2})?")) {
                pence = new BigDecimal(typed).movePointRight(2).longValueExact();
            } else {
                DateInput.reject(result, "payAmount", "Enter the pay as a number of pounds, like 24465 or 12.71");
            }
        }
        BigDecimal hours = null;
        if (hoursPerWeek != null && !hoursPerWeek.isBlank()) {
            String typed = hoursPerWeek.strip();
            if (typed.matches("[0-9]{1,2}(\\.[0-9])?")) {
                hours = new BigDecimal(typed);
            } else {
                DateInput.reject(result, "hoursPerWeek", "Enter the hours a week as a number from 1 to 48, like 37.5");
            }
        }
        var closes = DateInput.parse("closes", "The closing date", closesDay, closesMonth, closesYear, null, result);
        return new Vacancy.New(programme, employer, title, roleFamily, afcBand, pence, payPer, payNote, hours, contract, postcode, closes,
                applyBy, applyLink, description);
    }

    public String getCloses() { return closesDay + "/" + closesMonth + "/" + closesYear; }
    public String getPostedFor() { return postedFor; }
    public void setPostedFor(String v) { postedFor = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getRoleFamily() { return roleFamily; }
    public void setRoleFamily(String v) { roleFamily = v; }
    public String getAfcBand() { return afcBand; }
    public void setAfcBand(String v) { afcBand = v; }
    public String getPayAmount() { return payAmount; }
    public void setPayAmount(String v) { payAmount = v; }
    public String getPayPer() { return payPer; }
    public void setPayPer(String v) { payPer = v; }
    public String getPayNote() { return payNote; }
    public void setPayNote(String v) { payNote = v; }
    public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String v) { hoursPerWeek = v; }
    public String getContract() { return contract; }
    public void setContract(String v) { contract = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getClosesDay() { return closesDay; }
    public void setClosesDay(String v) { closesDay = v; }
    public String getClosesMonth() { return closesMonth; }
    public void setClosesMonth(String v) { closesMonth = v; }
    public String getClosesYear() { return closesYear; }
    public void setClosesYear(String v) { closesYear = v; }
    public String getApplyBy() { return applyBy; }
    public void setApplyBy(String v) { applyBy = v; }
    public String getApplyLink() { return applyLink; }
    public void setApplyLink(String v) { applyLink = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
}
