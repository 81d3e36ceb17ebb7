package org.anchorage;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AnchorageApplication {

    public static void main(String[] args) {
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("--restore="))) {
            // Before the application starts: the restore makes the database the application would create.
            System.exit(org.anchorage.shared.database.BackupCommands.restore(args));
        }
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("--import-") || a.startsWith("--backup="))) {
            // An import is a command that exits when done: keep it off the port a running service uses.
            args = Stream.concat(Arrays.stream(args), Stream.of("--server.port=0")).toArray(String[]::new);
        }
        SpringApplication.run(AnchorageApplication.class, args);
    }
}
