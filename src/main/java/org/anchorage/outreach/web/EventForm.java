package org.anchorage.outreach.web;

import java.util.List;
import org.anchorage.outreach.EventKind;
import org.anchorage.outreach.OutreachEvent;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The form staff publish an event with, as typed. */
public class EventForm {

    static final List<String> FIELDS = List.of("kind", "title", "description", "placeName", "address", "postcode", "on", "starts", "ends",
            "capacity", "accessInfo", "targetPlace", "partner");

    private String kind;
    private String title;
    private String description;
    private String placeName;
    private String address;
    private String postcode;
    private String onDay;
    private String onMonth;
    private String onYear;
    private String starts;
    private String ends;
    private String capacity;
    private String accessInfo;
    private String targetPlace;
    private String partner;

    OutreachEvent.New read(BindingResult result) {
        var on = DateInput.parse("on", "The date of the event", onDay, onMonth, onYear, null, result);
        var startTime = starts == null || starts.isBlank() ? null
                : DateInput.parseTime("starts", starts, "Enter the time it starts like 10am or 14:30", result);
        var endTime = ends == null || ends.isBlank() ? null
                : DateInput.parseTime("ends", ends, "Enter the time it ends like 2pm or 16:00", result);
        Integer places = null;
        if (capacity != null && !capacity.isBlank()) {
            if (capacity.strip().matches("[0-9]{1,6}")) {
                places = Integer.parseInt(capacity.strip());
            } else {
                DateInput.reject(result, "capacity", "Enter how many places there are, as a whole number like 40");
            }
        }
        return new OutreachEvent.New(EventKind.fromCode(kind).orElse(null), title, description, placeName, address, postcode, on, startTime,
                endTime, places, accessInfo, targetPlace == null || targetPlace.equals("none") ? "" : targetPlace, partner);
    }

    public String getOn() { return onDay + "/" + onMonth + "/" + onYear; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String v) { placeName = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getOnDay() { return onDay; }
    public void setOnDay(String v) { onDay = v; }
    public String getOnMonth() { return onMonth; }
    public void setOnMonth(String v) { onMonth = v; }
    public String getOnYear() { return onYear; }
    public void setOnYear(String v) { onYear = v; }
    public String getStarts() { return starts; }
    public void setStarts(String v) { starts = v; }
    public String getEnds() { return ends; }
    public void setEnds(String v) { ends = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { capacity = v; }
    public String getAccessInfo() { return accessInfo; }
    public void setAccessInfo(String v) { accessInfo = v; }
    public String getTargetPlace() { return targetPlace; }
    public void setTargetPlace(String v) { targetPlace = v; }
    public String getPartner() { return partner; }
    public void setPartner(String v) { partner = v; }
}
