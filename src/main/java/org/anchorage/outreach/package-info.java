/**
 * Outreach (step 11, begun): what a programme's staff did in the community to reach residents, where (and in which of
 * the programme's target places), with which partner and how many people they spoke to, kept per programme so reach
 * by place can be set beside who was referred. The programme's navigators and managers record and read it (404 for
 * anyone else); nothing in it names a resident. Events ({@code OutreachEvents}): residents sign up without an account;
 * calling one off and giving a waiting person a place publish {@code EventCalledOff} and {@code EventPlaceGiven} (with
 * the sign-ups, for the messages to them). Depends on programme (target places) and access, audit, identity.
 *
 * <p>Events: residents sign up without an account, giving a name and an email or phone (and a postcode if they like).
 * Retention: those details are kept until 90 days after the event ended, time to take attendance, refer who came and
 * answer questions about it; then a nightly job ({@link org.anchorage.outreach.SignUpRetention}, 3:15am, once across
 * nodes, {@code anchorage.outreach.sign-up-retention-cron}) erases the name, contact details, postcode and who took
 * attendance of every sign-up not referred, keeping the row (booked, waiting or removed, and whether they came) so the
 * events' counts and the reach report stay as they were. A referred sign-up keeps its details and its link to the
 * referral, which is the person's record from then on. Each night's erasure is one audit entry (DELETE, with the count).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package org.anchorage.outreach;
