package org.anchorage.eligibility.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.anchorage.shared.AnchorageProperties;
import org.anchorage.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar anchorage.jar --import-postcodes=ONSPD.csv --import-imd2025=File_7.csv --release="..."}:
 * imports the files, records the release, and exits (0 on success, 2 when a file is refused).
 */
@Component
class AreaImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AreaImportCommand.class);

    private final AnchorageProperties properties;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    AreaImportCommand(AnchorageProperties properties, ConfigurableApplicationContext context, Clock clock) {
        this.properties = properties;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean postcodes = args.containsOption("import-postcodes");
        boolean imd = args.containsOption("import-imd2025");
        if (!postcodes && !imd) {
            return;
        }
        Path areas = properties.home().toAbsolutePath().normalize().resolve(AreaImport.FOLDER);
        int exit = 0;
        try {
            StringBuilder release = new StringBuilder(args.containsOption("release")
                    ? String.join(" ", args.getOptionValues("release")) : "Imported release");
            release.append(" (imported ").append(LocalDate.now(clock)).append(")");
            if (postcodes) {
                var report = AreaImport.importPostcodes(Path.of(args.getOptionValues("import-postcodes").getFirst()), areas);
                log.info("Imported {} English postcodes ({} terminated, {} outside England skipped) from {}",
                        report.rowsWritten(), report.terminated(), report.rowsSkipped(), report.file());
            }
            if (imd) {
                var report = AreaImport.importImd2025(Path.of(args.getOptionValues("import-imd2025").getFirst()), areas);
                log.info("Imported IoD2025 figures for {} neighbourhoods from {}", report.rowsWritten(), report.file());
            }
            AreaImport.recordRelease(areas, release.toString());
            log.info("Area data in force from the next start: {}", release);
        } catch (RuleViolation e) {
            log.error("Import refused, nothing changed: {}", e.getMessage());
            exit = 2;
        } catch (Exception e) {
            log.error("Import failed, nothing changed: {}", e.getMessage());
            exit = 2;
        }
        int code = exit;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
