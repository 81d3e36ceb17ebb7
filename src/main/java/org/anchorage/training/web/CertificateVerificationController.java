package org.anchorage.training.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.training.Training;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page where an employer types a certificate's verification code and sees the name, course,
 * completion date and provider: nothing else. No sign-in; each client may try a few codes a minute, so
 * guessing an 80-bit code is hopeless.
 */
@Controller
class CertificateVerificationController {

    static final String PATH = "/certificates/verify";
    static final String PAGE = "training/verify";
    /** Attempts a client may make at once, and how fast they come back. */
    static final int BURST = 10;
    static final Duration REFILL = Duration.ofMinutes(1);

    private final Training training;
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    CertificateVerificationController(Training training) {
        this.training = training;
    }

    @GetMapping(PATH)
    String page() {
        return PAGE;
    }

    @PostMapping(PATH)
    String verify(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        String client = request.getRemoteAddr();
        model.addAttribute("code", code == null ? "" : code.strip());
        if (!bucketOf(network(client)).tryConsume(1)) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(REFILL.toSeconds()));
            return refuse(model, "You have checked too many codes in a short time. Wait a minute, then try again.");
        }
        if (code == null || code.isBlank()) {
            return refuse(model, "Enter the verification code from the certificate");
        }
        var verified = training.verify(code, client);
        if (verified.isEmpty()) {
            return refuse(model, "No certificate has that code. Check the code on the certificate, for example 7KQ2-M9XD-A4TR-H3VW");
        }
        model.addAttribute("verified", verified.get());
        return PAGE;
    }

    private static String refuse(Model model, String message) {
        model.addAttribute("error", message);
        model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#code", message))));
        return PAGE;
    }

    /**
     * The limit is per network, not per address: one IPv6 client holds a whole /64, so its addresses share
     * one allowance. IPv4 addresses count one by one.
     */
    static String network(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    private Bucket bucketOf(String network) {
        if (clients.size() > 100_000) {
            // A flood of networks: drop only those with a full allowance again, so nobody mid-limit is let off.
            clients.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= BURST);
        }
        return clients.computeIfAbsent(network, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(BURST).refillGreedy(BURST, REFILL).build()).build());
    }
}
