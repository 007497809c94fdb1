package org.openimis.schema.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that reads openIMIS data through the openimis-entities and Spring Data JPA. */
@SpringBootApplication
public class OpenImisExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenImisExampleApplication.class, args);
    }
}
