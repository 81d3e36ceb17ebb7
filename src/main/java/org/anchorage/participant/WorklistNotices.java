package org.anchorage.participant;

import java.time.LocalDate;
import java.util.List;
import org.anchorage.identity.SignedInUser;

/**
 * Work for a user that is not about their own caseload and must come first on their worklist, such as a
 * safeguarding concern waiting for its designated lead. Implemented by the module that owns it.
 */
public interface WorklistNotices {

    List<WorklistNotice> noticesFor(SignedInUser user, LocalDate today);

    /**
     * @param text   one line, with no personal detail the user may not see
     * @param link   the page where it is done
     * @param urgent shown as urgent (red) above the rest
     * @param dueOn  when it must be done by, or null
     */
    record WorklistNotice(String kind, String text, String link, boolean urgent, LocalDate dueOn) {}
}
