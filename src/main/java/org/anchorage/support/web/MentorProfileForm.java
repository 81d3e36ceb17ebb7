package org.anchorage.support.web;

import jakarta.validation.constraints.Size;
import java.util.List;

/** What a mentor offers: their role family, base postcode and how many people they can mentor at once. */
public class MentorProfileForm {

    static final List<String> FIELDS = List.of("roleFamily", "basePostcode", "capacity");

    @Size(max = 40) private String roleFamily;
    @Size(max = 10, message = "Enter a postcode in England, like RM17 6PU") private String basePostcode;
    @Size(max = 3) private String capacity;

    public String getRoleFamily() { return roleFamily; }
    public void setRoleFamily(String v) { roleFamily = v; }
    public String getBasePostcode() { return basePostcode; }
    public void setBasePostcode(String v) { basePostcode = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { capacity = v; }
}
