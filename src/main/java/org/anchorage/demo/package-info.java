/**
 * Fictional demonstration data (never real people), loaded when ANCHORAGE_DEMO=true on an empty
 * database. Depends on the modules whose facades it calls; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.anchorage.demo;
