package org.anchorage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** What Spring Modulith cannot see: where controllers and SQL live, and that time comes from a Clock. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.anchorage");

    @Test
    void controllers_live_in_web_packages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void sql_is_written_only_inside_internal_packages() {
        noClasses().that().resideOutsideOfPackages("..internal..", "..shared.database..", "..shared.calendar..")
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .check(classes);
    }

    @Test
    void nobody_reads_the_system_clock_directly() {
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .because("time comes from the injected Clock, so timers are testable")
                .check(classes);
    }

    @Test
    void web_controllers_are_not_public() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(classes);
    }
}
