/**
 * Personal plans: assessments (skills, barriers, interests, availability, adjustments), wellbeing on
 * validated scales, goals with ordered steps, reviews, and distance travelled between assessments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal plans")
package org.anchorage.plan;
