package org.practicereview;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication
@EnableProcessApplication("practice-review")
// Repositories may be nested in the service that owns them, keeping them private to it.
@EnableJpaRepositories(considerNestedRepositories = true)
public class PracticeReviewApplication {

    public static void main(String[] args) {
        SpringApplication.run(PracticeReviewApplication.class, args);
    }
}
