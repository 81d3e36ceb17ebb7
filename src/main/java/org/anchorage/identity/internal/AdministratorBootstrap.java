package org.anchorage.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.Users;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.shared.AnchorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database with no users, creates the first administrator: from ANCHORAGE_ADMIN_EMAIL and
 * ANCHORAGE_ADMIN_PASSWORD when set, otherwise with a random password printed once in the log.
 */
@Component
@Order(1)
class AdministratorBootstrap implements ApplicationRunner {

    static final String DEFAULT_EMAIL = "admin@anchorage.local";
    static final String ORGANISATION = "Programme administration";

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Users users;
    private final Organisations organisations;
    private final AnchorageProperties properties;

    AdministratorBootstrap(Users users, Organisations organisations, AnchorageProperties properties) {
        this.users = users;
        this.organisations = organisations;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String email = blank(properties.admin().email()) ? DEFAULT_EMAIL : properties.admin().email();
        String password = properties.admin().password();
        boolean generated = blank(password);
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        Organisation home = organisations.findByName(ORGANISATION)
                .orElseGet(() -> organisations.add(ORGANISATION, OrganisationType.OTHER));
        try {
            users.create(new NewUser(email, "Administrator", Role.ADMINISTRATOR, home.id(), password));
        } catch (org.anchorage.shared.RuleViolation e) {
            throw new IllegalStateException("ANCHORAGE_ADMIN_EMAIL / ANCHORAGE_ADMIN_PASSWORD refused: " + e.getMessage(), e);
        }
        if (generated) {
            log.warn("""

                    ==============================================================
                     First administrator created. This is shown once only.
                       email:    {}
                       password: {}
                     Sign in at /sign-in and add your own administrator.
                    ==============================================================""", email, password);
        } else {
            log.info("First administrator created: {}", email);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
