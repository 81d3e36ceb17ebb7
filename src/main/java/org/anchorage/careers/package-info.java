/**
 * The public front door for residents (step 11, begun): the "Can I join?" postcode check, which answers "yes" or
 * "maybe, talk to us" with the next step and never a flat "no", and stores nothing (no one is named until they refer
 * themself). Depends on eligibility (the area rules alone, through its facade) and programme (open programmes and
 * their team's contact).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Careers")
package org.anchorage.careers;
