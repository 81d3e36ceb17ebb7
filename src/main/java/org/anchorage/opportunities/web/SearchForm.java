package org.anchorage.opportunities.web;

import java.util.List;
import org.anchorage.opportunities.LiveOpportunities;

/** The search on the opportunities page (and the feeds' query): role family, postcode and distance, each optional. */
public class SearchForm {

    static final List<String> FIELDS = List.of("roleFamily", "postcode", "within");

    private String roleFamily;
    private String postcode;
    private String within;

    LiveOpportunities.Search search() {
        return new LiveOpportunities.Search(roleFamily, postcode, within);
    }

    /** The query string this search is (for the feeds' links), empty for no search. */
    String query() {
        var b = org.springframework.web.util.UriComponentsBuilder.newInstance();
        if (roleFamily != null && !roleFamily.isBlank()) {
            b.queryParam("roleFamily", roleFamily.strip());
        }
        if (postcode != null && !postcode.isBlank()) {
            b.queryParam("postcode", postcode.strip());
        }
        if (within != null && !within.isBlank()) {
            b.queryParam("within", within.strip());
        }
        return b.encode().build().toUriString();
    }

    public String getRoleFamily() { return roleFamily; }
    public void setRoleFamily(String v) { roleFamily = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getWithin() { return within; }
    public void setWithin(String v) { within = v; }
}
