package org.anchorage.referral;

import java.time.LocalDate;
import org.anchorage.programme.ProgrammeId;

/**
 * A referral arrived ({@code source} "self", "partner" or "event"), with the eligibility decision made on arrival and where the home is,
 * as the official data places it: for reporting who was reached. Codes are null when the postcode was not
 * found in the data; {@code decile} is in the programme's edition.
 */
public record ReferralReceived(ReferralId referral, ProgrammeId programme, String source, boolean eligible, LocalDate on,
                               String lsoaCode, String localAuthorityCode, String wardCode, Integer decile) {}
