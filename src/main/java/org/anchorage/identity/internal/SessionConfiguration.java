package org.anchorage.identity.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Sessions shared by every node through PostgreSQL, read from each node's memory (ADR 0014). */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

    @Bean
    SharedSessions sharedSessions(JdbcClient jdbc, PlatformTransactionManager transactionManager, ChangeNotices notices,
                                  @Value("${spring.session.timeout:30m}") Duration timeout) {
        return new SharedSessions(jdbc, new TransactionTemplate(transactionManager), notices, timeout,
                SessionConfiguration.class.getClassLoader());
    }

    @Bean
    ExpiredSessionCleanup expiredSessionCleanup(SharedSessions sessions) {
        return new ExpiredSessionCleanup(sessions);
    }

    /** Every node deletes expired sessions (an idempotent DELETE, so no lock is needed). */
    static final class ExpiredSessionCleanup {
        private final SharedSessions sessions;

        ExpiredSessionCleanup(SharedSessions sessions) {
            this.sessions = sessions;
        }

        @Scheduled(cron = "${anchorage.session.cleanup-cron:0 */5 * * * *}")
        void deleteExpired() {
            sessions.deleteExpired();
        }
    }
}
