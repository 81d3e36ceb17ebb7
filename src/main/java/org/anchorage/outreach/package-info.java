/**
 * Outreach (step 11, begun): what a programme's staff did in the community to reach residents, where (and in which of
 * the programme's target places), with which partner and how many people they spoke to, kept per programme so reach
 * by place can be set beside who was referred. The programme's navigators and managers record and read it (404 for
 * anyone else); nothing in it names a resident. Events ({@code OutreachEvents}): residents sign up without an account;
 * calling one off and giving a waiting person a place publish {@code EventCalledOff} and {@code EventPlaceGiven} (with
 * the sign-ups, for the messages to them). Depends on programme (target places) and access, audit, identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package org.anchorage.outreach;
