/**
 * The small shared kernel: configuration, the database (embedded or external), the clock, problem
 * handling and the page layout. Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.anchorage.shared;
