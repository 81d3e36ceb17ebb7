package org.anchorage.opportunities.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anchorage.opportunities.Opportunity;
import org.anchorage.shared.web.Display;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JobPosting for an opportunity (for search engines' job listings), and the same as text that is safe inside
 * a {@code <script>} element: every {@code <}, {@code >} and {@code &} is written as a JSON escape, so a title with
 * "&lt;/script&gt;" in it cannot end the element early.
 */
@Component
class JobPostings {

    private final JsonMapper json;

    JobPostings(JsonMapper json) {
        this.json = json;
    }

    Map<String, Object> of(Opportunity o, String pageUrl) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("title", o.title());
        posting.put("description", o.description());
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", o.employer(), "value", o.id().toString()));
        posting.put("url", pageUrl);
        posting.put("datePosted", o.postedAt() == null ? null : LocalDate.ofInstant(o.postedAt(), Display.LONDON).toString());
        // Through the end of the closing day in England: it leaves every list the next morning.
        posting.put("validThrough", o.closesOn().atTime(LocalTime.of(23, 59, 59)).atZone(Display.LONDON).toOffsetDateTime().toString());
        List<String> types = o.employmentTypes();
        posting.put("employmentType", types.size() == 1 ? types.getFirst() : types);
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", o.employer()));
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("postalCode", o.postcode());
        if (o.locality() != null && !o.locality().isBlank()) {
            address.put("addressLocality", o.locality());
        }
        address.put("addressCountry", "GB");
        posting.put("jobLocation", Map.of("@type", "Place", "address", address));
        if (o.payPence() != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("@type", "QuantitativeValue");
            value.put("value", java.math.BigDecimal.valueOf(o.payPence()).movePointLeft(2));
            value.put("unitText", o.payPer().unitText());
            posting.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "GBP", "value", value));
        }
        if (o.startsOn() != null) {
            posting.put("jobStartDate", o.startsOn().toString());
        }
        // This page only links to where people apply (the employer's form or the programme's self-referral): not a direct application.
        posting.put("directApply", false);
        posting.values().removeIf(java.util.Objects::isNull);
        return posting;
    }

    /** JSON for inside a script element: the three characters HTML could read as markup are escaped. */
    String scriptSafe(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }
}
