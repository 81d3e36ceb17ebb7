package org.anchorage.outcome.web;

import java.time.LocalDate;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** Marking an outcome claimed, as typed: which achievement and the day it was claimed from the funder. */
public class ClaimForm {

    private String achievement;
    private String claimedDay;
    private String claimedMonth;
    private String claimedYear;

    LocalDate read(BindingResult result) {
        return DateInput.parse("claimed", "The date claimed", claimedDay, claimedMonth, claimedYear, "Enter the date the outcome was claimed",
                result);
    }

    public String getClaimed() { return claimedDay + "/" + claimedMonth + "/" + claimedYear; }
    public String getAchievement() { return achievement; }
    public void setAchievement(String v) { achievement = v; }
    public String getClaimedDay() { return claimedDay; }
    public void setClaimedDay(String v) { claimedDay = v; }
    public String getClaimedMonth() { return claimedMonth; }
    public void setClaimedMonth(String v) { claimedMonth = v; }
    public String getClaimedYear() { return claimedYear; }
    public void setClaimedYear(String v) { claimedYear = v; }
}
