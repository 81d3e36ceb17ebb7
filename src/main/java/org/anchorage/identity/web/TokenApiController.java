package org.anchorage.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.internal.ApiTokens;
import org.anchorage.identity.internal.PasswordSignIn;
import org.anchorage.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges an email and password for a bearer token (CONTRACTS.md). */
@RestController
class TokenApiController {

    private final PasswordSignIn signIn;
    private final ApiTokens tokens;

    TokenApiController(PasswordSignIn signIn, ApiTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    record TokenRequest(@NotBlank(message = "Enter an email address") @Size(max = 254, message = "must be 254 characters or fewer") String email,
                        @NotBlank(message = "Enter a password") @Size(max = 128, message = "must be 128 characters or fewer") String password) {}

    record TokenResponse(String token, Instant expiresAt) {}

    @PostMapping("/api/v1/auth/tokens")
    TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        SignedInUser user = signIn.signIn(request.email(), request.password(), http.getRemoteAddr());
        ApiTokens.Issued issued = tokens.issue(user.id());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused(AuthenticationException e) {
        if (e instanceof LockedException) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "900")
                    .body(ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                            "Too many failed attempts for this account or address; wait 15 minutes", null));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ApiProblems.problem(HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage(), null));
    }
}
