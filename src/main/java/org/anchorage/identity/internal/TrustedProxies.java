package org.anchorage.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies named in
 * ANCHORAGE_TRUSTED_PROXIES (comma-separated addresses; none by default), so that
 * {@code request.getRemoteAddr()} — used by the sign-in throttle and the audit trail — is the real
 * client everywhere and cannot be spoofed by a client sending the header itself. Tomcat's own default
 * (every private address is a proxy) is switched off by {@code server.forward-headers-strategy=none}.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final List<String> addresses;

    TrustedProxies(@Value("${anchorage.trusted-proxies:}") String addresses) {
        this.addresses = parse(addresses);
    }

    static List<String> parse(String addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        valve(addresses).ifPresent(factory::addEngineValves);
    }

    /** The valve for these proxies, or none at all when no proxy is trusted (the headers are then ignored). */
    static java.util.Optional<RemoteIpValve> valve(List<String> addresses) {
        if (addresses.isEmpty()) {
            return java.util.Optional.empty();
        }
        String pattern = addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        RemoteIpValve valve = new RemoteIpValve();
        // Requests from these addresses have their forwarded headers believed; the same addresses
        // inside X-Forwarded-For (a chain of our own proxies) are skipped to find the client.
        valve.setInternalProxies(pattern);
        valve.setTrustedProxies(pattern);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        return java.util.Optional.of(valve);
    }
}
