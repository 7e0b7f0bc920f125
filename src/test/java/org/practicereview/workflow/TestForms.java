package org.practicereview.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads forms kept under src/test/resources/testforms (not on the deployment path). */
final class TestForms {

    private TestForms() {}

    static FormDefinition read(String name) {
        try (InputStream in = TestForms.class.getResourceAsStream("/testforms/" + name + ".form.json")) {
            return new FormReader(new ObjectMapper()).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
