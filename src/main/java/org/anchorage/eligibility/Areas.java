package org.anchorage.eligibility;

import org.anchorage.eligibility.internal.PostcodeAreas;
import org.anchorage.shared.RecordNotFound;
import org.springframework.stereotype.Service;

/** Looks up the official area data for a postcode. Public data: no personal record is touched. */
@Service
public class Areas {

    private final PostcodeAreas postcodes;

    Areas(PostcodeAreas postcodes) {
        this.postcodes = postcodes;
    }

    /**
     * @throws NotAPostcode  when the text is not shaped like a UK postcode
     * @throws RecordNotFound when it is well formed but not in the data (or not in England)
     */
    public AreaProfile lookUp(String postcode) {
        if (!postcodes.isPostcode(postcode)) {
            throw new NotAPostcode(postcode == null ? "" : postcode);
        }
        return postcodes.profile(postcode).orElseThrow(() -> new RecordNotFound("postcode", postcode.strip().toUpperCase()));
    }

    public String dataRelease() {
        return postcodes.dataRelease();
    }

    public int postcodeCount() {
        return postcodes.loaded().size();
    }
}
