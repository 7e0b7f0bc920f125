package org.practicereview;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link IntegrationTest} on a real PostgreSQL: the production profile {@code postgres} (Flyway with
 * the PostgreSQL-only trail trigger, Camunda's schema created by the engine, the first administrator
 * from settings), then {@code test} on top (job executor off, unique engine names), on a fresh
 * database of the embedded server. Every class carrying it shares one context and one database.
 * Profiles are not inherited, so a subclass of an H2 test runs on PostgreSQL only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = PostgresDatabase.class)
@Tag(Tiers.INTEGRATION)
public @interface PostgresIntegrationTest {}
