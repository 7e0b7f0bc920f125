package org.practicereview.screening;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.practicereview.IntegrationTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The screening and decision integration tests: one shared Spring context with the test double of
 * the referral module's {@code CaseDetails}. That context lives beside the plain
 * {@link IntegrationTest} one in the same JVM, so its engine and process application take unique
 * names (two engines named "default" cannot both register with Camunda's runtime container).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(CaseUnderReview.Configuration.class)
@TestPropertySource(properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true"})
public @interface CaseReviewIntegrationTest {}
