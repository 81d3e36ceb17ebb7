package org.anchorage.eligibility.internal;

import java.util.Optional;
import org.anchorage.eligibility.AreaFacts;

/** Finds the official area facts for a postcode typed in any spacing or case. */
public interface AreaLookup {

    /** Whether the text has the shape of a UK postcode (outward code, inward code). */
    boolean isPostcode(String text);

    /** The facts for a postcode; empty when it is well formed but not in the data (or not in England). */
    Optional<AreaFacts> find(String postcode);

    /** The release of the area data in force, recorded on every decision. */
    String dataRelease();
}
