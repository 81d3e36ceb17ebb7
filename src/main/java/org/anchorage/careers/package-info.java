/**
 * The public front door for residents (step 11): the "Can I join?" postcode check, which answers "yes" or "maybe,
 * talk to us" with the next step and never a flat "no", and stores nothing (no one is named until they refer
 * themself); the roles in health and care (what each entry job is, its usual Agenda for Change band and pay, the
 * training and the route through the programme), edited by programme managers and administrators and kept at
 * Flesch-Kincaid grade 4 or below ({@link org.anchorage.careers.Readability}); and easy-read versions of the key
 * pages for the learning-disability internship. Owns the table careers_role. Publishes the "Jobs you could do"
 * section of the residents' home page. Depends on eligibility (the area rules alone), programme (open programmes and
 * their team's contact), placement (the Agenda for Change pay table), plan (the role families), and access, audit,
 * identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Careers")
package org.anchorage.careers;
