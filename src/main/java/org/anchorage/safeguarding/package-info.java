/**
 * Safeguarding: concerns any staff member who meets a person can raise, each programme's designated
 * safeguarding lead and deputies, and the lead's decisions, referrals and outcome. Its own module
 * because its access rules are stricter than the record's: only the lead, deputies and the person who
 * raised a concern may read it, and a navigator sees a flag only when the lead allows. Special-category.
 * <p>
 * Publishes the facades {@code Concerns} and {@code Designations} and the event {@code ConcernRaised} (no word of
 * the concern in it); implements participant's {@code WorklistNotices} (a concern first on a designated user's
 * worklist) and {@code RecordFlags} (the flag). Depends on participant (names, programme of a person,
 * {@code Encounters} to decide who may raise one), programme, identity, access and audit; nothing depends on it but
 * the demo data and notification (which tells the lead and deputies of a new concern).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safeguarding")
package org.anchorage.safeguarding;
