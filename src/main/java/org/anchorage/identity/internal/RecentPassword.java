package org.anchorage.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.shared.web.RequiresRecentPassword;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link RequiresRecentPassword}: on pages, the time the password was last given is in the
 * session (set at sign-in and on /confirm-password); on the API, it is when the bearer token was issued.
 */
@Configuration(proxyBeanMethods = false)
public class RecentPassword implements WebMvcConfigurer {

    /** The request attribute the bearer-token filter sets to the token's issue time. */
    static final String TOKEN_ISSUED_AT = "anchorage.tokenIssuedAt";
    static final Duration WINDOW = Duration.ofMinutes(RequiresRecentPassword.MINUTES);

    private final Clock clock;
    private final AuditTrail audit;

    RecentPassword(Clock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Interceptor());
    }

    /** The password was just given on this session's request (sign-in, or the confirm page). */
    public void confirmed(HttpServletRequest request) {
        request.getSession().setAttribute(RequiresRecentPassword.CONFIRMED_AT, clock.instant());
    }

    boolean isRecent(HttpServletRequest request) {
        // A bearer token's issue time when the request came with one; otherwise the session's confirmation
        // (on the API, a request without a token is never authenticated, so that is only ever a page).
        Object at = request.getAttribute(TOKEN_ISSUED_AT);
        if (at == null) {
            // Set by server-side code that authenticated this very request (a client cannot set it).
            at = request.getAttribute(RequiresRecentPassword.CONFIRMED_AT);
        }
        if (at == null) {
            HttpSession session = request.getSession(false);
            at = session == null ? null : session.getAttribute(RequiresRecentPassword.CONFIRMED_AT);
        }
        return at instanceof Instant given && !given.isBefore(clock.instant().minus(WINDOW));
    }

    /** A local path to go back to after confirming: never another site (no open redirect). */
    public static String localPath(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.startsWith("/\\") || candidate.chars().anyMatch(c -> c < 0x21 || c == '\\')) {
            return "/";
        }
        return candidate;
    }

    private final class Interceptor implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
            if (!(handler instanceof HandlerMethod method)) {
                return true;
            }
            boolean required = method.hasMethodAnnotation(RequiresRecentPassword.class)
                    || method.getBeanType().isAnnotationPresent(RequiresRecentPassword.class);
            if (!required || isRecent(request)) {
                return true;
            }
            if (request.getRequestURI().startsWith("/api/")) {
                audit.record(AuditAction.REFUSED, "api", request.getRequestURI(), "refused: password not given in the last 5 minutes");
                SecurityConfiguration.problem(response, HttpStatus.FORBIDDEN, "Password needed again",
                        "This needs a password given in the last " + RequiresRecentPassword.MINUTES
                                + " minutes: get a new token from POST /api/v1/auth/tokens and call again with it");
                return false;
            }
            String back = "GET".equals(request.getMethod())
                    ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                    : request.getRequestURI();
            // A form sent without a recent password is not saved: the page says so, and so does the page after.
            response.sendRedirect("/confirm-password?continue=" + URLEncoder.encode(localPath(back), StandardCharsets.UTF_8)
                    + ("GET".equals(request.getMethod()) ? "" : "&unsaved=yes"));
            return false;
        }
    }
}
