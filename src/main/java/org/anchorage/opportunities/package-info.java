/**
 * Live opportunities (issue 15, step 11): the vacancies employers post through a programme (title, employer, band,
 * pay, hours, contract, workplace postcode, closing date, an https apply link or "apply through the programme") and
 * the programme's open paid placements, listed together on public pages searchable by role family and distance from a
 * postcode, as a JSON feed and an Atom feed, with schema.org JobPosting markup. Closed ones (closing date before today)
 * disappear everywhere. Placements show minimum data only: never a supervisor, a site address or a candidate.
 * Employers post for their own organisation, programme managers for their programme's employers (decided by
 * access.AccessScope). Depends on placement (open placements), eligibility (postcode positions), programme,
 * organisation, plan (role families), access, audit and identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live opportunities")
package org.anchorage.opportunities;
