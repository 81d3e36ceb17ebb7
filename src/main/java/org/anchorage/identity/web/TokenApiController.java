package org.anchorage.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.anchorage.identity.Accounts;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.internal.DeviceCookies;
import org.anchorage.identity.internal.ApiTokens;
import org.anchorage.identity.internal.PasswordSignIn;
import org.anchorage.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges an email and password for a bearer token (CONTRACTS.md). */
@RestController
class TokenApiController {

    private final PasswordSignIn signIn;
    private final ApiTokens tokens;
    private final Accounts accounts;

    TokenApiController(PasswordSignIn signIn, ApiTokens tokens, Accounts accounts) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    record TokenRequest(@NotBlank(message = "Enter an email address") @Size(max = 254, message = "must be 254 characters or fewer") String email,
                        @NotBlank(message = "Enter a password") @Size(max = 128, message = "must be 128 characters or fewer") String password) {}

    record TokenResponse(String token, Instant expiresAt) {}

    @PostMapping("/api/v1/auth/tokens")
    TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        SignedInUser user = signIn.signIn(request.email(), request.password(), http.getRemoteAddr(), DeviceCookies.read(http));
        ApiTokens.Issued issued = tokens.issue(user.id());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    /** Ends the token this request is sent with. */
    @DeleteMapping("/api/v1/auth/tokens/current")
    ResponseEntity<Void> revokeCurrent(@RequestHeader(name = "Authorization", required = false) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            accounts.revokeToken(authorization.substring(7).strip());
        }
        return ResponseEntity.noContent().build();
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
