package org.practicereview;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@EnableProcessApplication("practice-review")
public class PracticeReviewApplication {

    public static void main(String[] args) {
        SpringApplication.run(PracticeReviewApplication.class, args);
    }
}
