package org.practicereview;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context on a private in-memory H2 database, job executor off, with MockMvc.
 * MockMvc is always there so that every integration test shares one context: a second context with
 * the same engine name cannot start beside the first (Camunda registers engines JVM-wide by name).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag(Tiers.INTEGRATION)
public @interface IntegrationTest {}
