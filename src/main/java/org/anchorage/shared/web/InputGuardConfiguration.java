package org.anchorage.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link InputGuard} early in the chain: after the character encoding and the session filters, before
 * Spring Security (order -100), so a sign-in form or token request is checked before anything reads it.
 */
@Configuration(proxyBeanMethods = false)
class InputGuardConfiguration {

    static final int ORDER = Integer.MIN_VALUE + 100;

    @Bean
    FilterRegistrationBean<InputGuard> inputGuard(JsonMapper json) {
        FilterRegistrationBean<InputGuard> registration = new FilterRegistrationBean<>(new InputGuard(json));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
