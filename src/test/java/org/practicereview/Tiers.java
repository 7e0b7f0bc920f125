package org.practicereview;

/**
 * The two test tiers. {@code mvn test} (surefire) runs every test class without this tag: unit,
 * property, process and DMN tests, in a couple of minutes. {@code mvn verify} (failsafe) runs the
 * tagged ones as well: those that start a Spring context, an application process, PostgreSQL or a
 * browser. {@link TestTiersTests} checks that each test class is in the tier its work puts it in.
 */
public final class Tiers {

    /** A JUnit tag: the test class starts a Spring context, a process, PostgreSQL or a browser. */
    public static final String INTEGRATION = "integration";

    private Tiers() {}
}
