package org.anchorage.outreach.web;

import java.util.List;
import org.anchorage.outreach.OutreachActivity;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The outreach form, as typed. */
public class OutreachForm {

    static final List<String> FIELDS = List.of("held", "place", "targetPlace", "partner", "peopleSpokenTo", "note");

    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String place;
    private String targetPlace;
    private String partner;
    private String peopleSpokenTo;
    private String note;

    OutreachActivity.New read(BindingResult result) {
        var held = DateInput.parse("held", "The date of the outreach", heldDay, heldMonth, heldYear, null, result);
        Integer people = null;
        if (peopleSpokenTo != null && !peopleSpokenTo.isBlank()) {
            String typed = peopleSpokenTo.strip();
            if (typed.matches("[0-9]{1,6}")) {
                people = Integer.parseInt(typed);
            } else {
                DateInput.reject(result, "peopleSpokenTo", "Enter how many people you spoke to, as a whole number like 12");
            }
        }
        return new OutreachActivity.New(held, place, targetPlace == null || targetPlace.equals("none") ? "" : targetPlace, partner, people,
                note);
    }

    public String getHeld() { return heldDay + "/" + heldMonth + "/" + heldYear; }
    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String v) { heldDay = v; }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String v) { heldMonth = v; }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String v) { heldYear = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getTargetPlace() { return targetPlace; }
    public void setTargetPlace(String v) { targetPlace = v; }
    public String getPartner() { return partner; }
    public void setPartner(String v) { partner = v; }
    public String getPeopleSpokenTo() { return peopleSpokenTo; }
    public void setPeopleSpokenTo(String v) { peopleSpokenTo = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
