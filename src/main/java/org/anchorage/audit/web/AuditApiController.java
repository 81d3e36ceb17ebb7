package org.anchorage.audit.web;

import org.anchorage.audit.AuditTrail;
import org.anchorage.audit.ChainVerification;
import org.anchorage.shared.web.RequiresRecentPassword;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an operator's script check the audit chain, e.g. nightly. */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit/verification")
    @RequiresRecentPassword
    ChainVerification verify() {
        return audit.verify();
    }
}
