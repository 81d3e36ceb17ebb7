package org.anchorage.placement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Add a site: a workplace, located from its postcode by the facade. */
record SiteForm(
        @NotBlank(message = "Enter the site's name") @Size(max = 200, message = "The site's name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the site's address") @Size(max = 500, message = "The address must be 500 characters or fewer") String address,
        @NotBlank(message = "Enter the site's postcode") @Size(max = 16, message = "Enter a real postcode, like SS0 0RY") String postcode) {

    static final List<String> FIELDS = List.of("name", "address", "postcode");

    Map<String, String> typed() {
        return Forms.typed("name", name, "address", address, "postcode", postcode);
    }
}
