package org.anchorage.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.shared.RecordNotFound;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A 404 for a signed-in user is a refused read: the record does not exist or is not theirs, and both
 * answer alike so nobody can probe. It records who tried which record, then lets the existing handlers
 * (ErrorPages, ApiProblems) answer as before.
 */
@Component
class RefusedReadAudit implements HandlerExceptionResolver, Ordered {

    private final AuditTrail audit;

    RefusedReadAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (ex instanceof RecordNotFound notFound && signedIn()) {
            audit.record(AuditAction.REFUSED, notFound.recordType(), notFound.recordId(),
                    "not found or not theirs: " + request.getMethod() + " " + request.getRequestURI());
        }
        return null;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Override
    public int getOrder() {
        // Before the @ExceptionHandler resolvers, after Boot's DefaultErrorAttributes (which also answers null).
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
