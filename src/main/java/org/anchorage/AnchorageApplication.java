package org.anchorage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AnchorageApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnchorageApplication.class, args);
    }
}
