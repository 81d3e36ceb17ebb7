package org.anchorage.training.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The certificate verification page is public (an employer has no account), so it has its own filter
 * chain ahead of the signed-in pages': open to anyone, with CSRF protection and the same headers.
 * Signed-in users keep their session on it; nobody is signed in or out here.
 */
@Configuration(proxyBeanMethods = false)
class CertificateVerificationSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain certificateVerification(HttpSecurity http) throws Exception {
        http.securityMatcher(CertificateVerificationController.PATH)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
