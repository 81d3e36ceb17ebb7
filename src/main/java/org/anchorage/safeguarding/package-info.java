/**
 * Safeguarding: concerns any staff member who meets a person can raise, each programme's designated
 * safeguarding lead and deputies, and the lead's decisions, referrals and outcome. Its own module
 * because its access rules are stricter than the record's: only the lead, deputies and the person who
 * raised a concern may read it, and a navigator sees a flag only when the lead allows. Special-category.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safeguarding")
package org.anchorage.safeguarding;
