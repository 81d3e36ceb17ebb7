package org.anchorage.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains: the API (stateless, bearer tokens, problem details) and the pages (session
 * sign-in, CSRF, NHS.UK pages for refusals). Both send the same strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String CHANGE_PASSWORD = "/account/password";

    static final String[] PUBLIC_PAGES = {"/", "/sign-in", "/privacy", "/accessibility", "/about-the-data", "/self-referral", "/self-referral/**", "/can-i-join", "/can-i-join/easy-read", "/roles", "/roles/**", "/easy-read", "/events", "/events.ics", "/events/*", "/events/*/sign-up", "/events/*/signed-up", "/events/*/calendar.ics", "/opportunities", "/opportunities/*", "/opportunities.json", "/opportunities.atom", "/robots.txt", "/sitemap.xml", "/certificates/verify", "/reset-password", "/assets/**", "/nhsuk/**",
        "/js/**", "/css/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
        "/v3/api-docs/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // The algorithm is recorded in each hash, so old {bcrypt} hashes verify beside new {bcrypt-sha256} ones.
        return PasswordHashing.encoder();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Principals users, AuditTrail audit,
                            PasswordSignIn passwordSignIn) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .authenticationProvider(passwordSignIn)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/areas/**").permitAll()
                        // Role checks by URL as well as on the methods, so a caller without the role is
                        // refused before their request body is even read or validated.
                        .requestMatchers("/api/v1/organisations/**", "/api/v1/users/**", "/api/v1/audit/**")
                            .hasRole("ADMINISTRATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/programmes", "/api/v1/wellbeing-scales")
                            .hasAnyRole("ADMINISTRATOR", "PROGRAMME_MANAGER")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/programmes/*/eligibility")
                            .hasAnyRole("ADMINISTRATOR", "PROGRAMME_MANAGER")
                        .requestMatchers("/api/v1/programmes/*/eligibility-checks", "/api/v1/programmes/*/screenings",
                                "/api/v1/screenings/**")
                            .hasAnyRole("ADMINISTRATOR", "PROGRAMME_MANAGER", "NAVIGATOR", "REFERRAL_PARTNER")
                        .requestMatchers("/api/v1/referrals/**").hasAnyRole("REFERRAL_PARTNER", "NAVIGATOR", "PROGRAMME_MANAGER")
                        .requestMatchers("/api/v1/placement-sites/**").hasRole("EMPLOYER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/placements").hasRole("EMPLOYER")
                        .requestMatchers("/api/v1/placements/**", "/api/v1/placement-candidates/**")
                            .hasAnyRole("EMPLOYER", "NAVIGATOR", "PROGRAMME_MANAGER")
                        .requestMatchers("/api/v1/matching/**").hasAnyRole("NAVIGATOR", "PROGRAMME_MANAGER")
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, users), AuthorizationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            audit.refused("api", request.getRequestURI(), "no valid bearer token");
                            problem(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                                    "Sign in first: send a bearer token from POST /api/v1/auth/tokens");
                        })
                        .accessDeniedHandler((request, response, ex) -> {
                            audit.refused("api", request.getRequestURI(),
                                    request.getMethod() + " refused for this role");
                            problem(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this");
                        }))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, PasswordSignIn passwordSignIn, Principals users, AuditTrail audit,
                              DeviceCookies devices, RecentPassword recentPassword) throws Exception {
        http.authenticationProvider(passwordSignIn)
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .authenticationDetailsSource(request -> new PasswordSignIn.SignInDetails(
                                request.getRemoteAddr(), DeviceCookies.read(request)))
                        .successHandler(signInSuccess(devices, recentPassword))
                        .failureHandler(signInFailure()))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.recordAs(authentication.getName(), AuditAction.SIGN_OUT, "user", null, "signed out");
                            }
                        })
                        // The browser forgets the pages it kept for Back (see PageCaching) when its user signs out.
                        .addLogoutHandler(new HeaderWriterLogoutHandler(
                                new ClearSiteDataHeaderWriter(ClearSiteDataHeaderWriter.Directive.CACHE)))
                        .logoutSuccessUrl("/sign-in?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterBefore(new FreshPrincipalFilter(users), AuthorizationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> response.sendRedirect(
                                sessionExpired(request) ? "/sign-in?expired" : "/sign-in"))
                        .accessDeniedHandler(pageAccessDenied(audit)))
                .headers(SecurityConfiguration::headers)
                .headers(h -> h.cacheControl(c -> c.disable()).addHeaderWriter(new PageCaching()));
        return http.build();
    }

    /**
     * Pages are never stored by any cache, except the answer to a form (a page re-shown with its errors,
     * or an error page): Chromium can only go Back to it from its own cache, and shows ERR_CACHE_MISS
     * when that answer was {@code no-store}. So those answers are {@code private, no-cache}: kept only
     * by the browser, for Back, never by a shared cache, and re-checked before any other reuse; signing
     * out clears the browser's cache (Clear-Site-Data). ADR 0014.
     */
    static final class PageCaching implements HeaderWriter {
        static final String NEVER = "no-cache, no-store, max-age=0, must-revalidate";
        static final String BROWSER_ONLY = "private, no-cache, max-age=0, must-revalidate";

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            if (response.containsHeader(HttpHeaders.CACHE_CONTROL) || response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
                return;
            }
            boolean formAnswer = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
            response.setHeader(HttpHeaders.CACHE_CONTROL, formAnswer ? BROWSER_ONLY : NEVER);
            response.setHeader(HttpHeaders.PRAGMA, "no-cache");
            response.setHeader(HttpHeaders.EXPIRES, "0");
        }
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // Sent only on secure requests (TLS, or X-Forwarded-Proto: https behind a proxy).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /**
     * After a sign-in: the browser is recognised from now on (device cookie), the password counts as
     * recently given, and a user who must change their password is sent to do so first.
     */
    private static AuthenticationSuccessHandler signInSuccess(DeviceCookies devices, RecentPassword recentPassword) {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            devices.set(request, response, authentication.getName());
            recentPassword.confirmed(request);
            if (authentication.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()) {
                response.sendRedirect(CHANGE_PASSWORD);
                return;
            }
            saved.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> response.sendRedirect(
                exception instanceof LockedException ? "/sign-in?locked" : "/sign-in?error");
    }

    private static AccessDeniedHandler pageAccessDenied(AuditTrail audit) {
        return (request, response, exception) -> {
            boolean csrf = exception instanceof CsrfException;
            if (csrf && sessionExpired(request)) {
                response.sendRedirect("/sign-in?expired");
                return;
            }
            audit.refused(csrf ? "form" : "page", request.getRequestURI(),
                    csrf ? "form refused: missing or invalid CSRF token" : request.getMethod() + " refused for this role");
            request.setAttribute("anchorage.csrfRefused", csrf);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        };
    }

    private static boolean sessionExpired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    static void problem(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status.value() + ",\"title\":\"" + title
                + "\",\"detail\":\"" + detail + "\"}");
    }

    /** Signs in an API request that carries a valid, unexpired bearer token of an enabled user. */
    static final class BearerTokenFilter extends OncePerRequestFilter {
        private final ApiTokens tokens;
        private final Principals users;

        BearerTokenFilter(ApiTokens tokens, Principals users) {
            this.tokens = tokens;
            this.users = users;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = header.substring(7).strip();
                Optional<ApiTokens.Holder> holder = tokens.holderOf(token);
                Optional<SignedInUser> user = holder.map(ApiTokens.Holder::user).flatMap(users::enabled);
                user.ifPresent(u -> {
                    request.setAttribute(RecentPassword.TOKEN_ISSUED_AT, holder.get().issuedAt());
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
                    SecurityContextHolder.setContext(context);
                });
            }
            chain.doFilter(request, response);
        }
    }

    /** While a user must change their password, only the change page, signing out and static files. */
    static boolean mayUseBeforeChangingPassword(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals(CHANGE_PASSWORD) || path.equals("/sign-out") || path.equals("/error")
                || path.startsWith("/assets/") || path.startsWith("/nhsuk/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.ico");
    }

    /**
     * Checks the signed-in user against the account as it stands on every page request, so switching an
     * account off or changing its role takes effect at once rather than at the next sign-in.
     */
    static final class FreshPrincipalFilter extends OncePerRequestFilter {
        private final Principals users;

        FreshPrincipalFilter(Principals users) {
            this.users = users;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser current) {
                Optional<SignedInUser> fresh = users.enabled(current.id());
                if (fresh.isEmpty()) {
                    SecurityContextHolder.clearContext();
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    response.sendRedirect("/sign-in");
                    return;
                }
                SignedInUser user = fresh.get();
                if (user.mustChangePassword() && !mayUseBeforeChangingPassword(request)) {
                    response.sendRedirect(CHANGE_PASSWORD);
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
