package org.practicereview.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.practicereview.Tiers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as `mvn spring-boot:run` starts it — demo users and cases — on a random port and
 * a private in-memory database. Demo-data tests and browser tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "practice-review.demo-data=true")
@ActiveProfiles("test")
@Tag(Tiers.INTEGRATION)
public @interface DemoApplicationTest {}
