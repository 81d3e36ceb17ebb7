package org.anchorage.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method (or controller): the caller must have given their password within the last
 * five minutes. A page sends them to {@code /confirm-password} and back; an API call needs a bearer
 * token issued in the last five minutes, else 403. For steps that change who may do what, export
 * personal data in bulk, or read the audit trail. The identity module enforces it (RecentPassword);
 * the annotation lives in the shared kernel because the audit module is annotated with it, and identity
 * already depends on audit, so an annotation in identity would make a module cycle.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRecentPassword {

    /** The session attribute holding the {@link java.time.Instant} the password was last given. */
    String CONFIRMED_AT = "anchorage.passwordConfirmedAt";

    /** How recent "recent" is, in minutes. */
    int MINUTES = 5;
}
