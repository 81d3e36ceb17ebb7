/**
 * NHS-ready training: the catalogue (Core Skills Training Framework, Care Certificate, employability),
 * sessions with capacity and a waiting list, bookings, the trainer's register and PDF certificates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.anchorage.training;
