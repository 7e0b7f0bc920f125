package org.practicereview.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every Camunda Form of the application, by form id. The same files are deployed to the engine, so
 * the web pages, the server-side validation and Camunda Tasklist read one field contract.
 */
@Component
public class Forms {

    private final Map<String, FormDefinition> byId = new TreeMap<>();

    public Forms(ObjectMapper json) {
        FormReader reader = new FormReader(json);
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:*.form")) {
                try (InputStream in = r.getInputStream()) {
                    FormDefinition form = reader.read(in);
                    if (byId.put(form.id(), form) != null) {
                        throw new IllegalStateException("Two forms share the id " + form.id());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read forms", e);
        }
    }

    public FormDefinition get(String formId) {
        FormDefinition form = byId.get(formId);
        if (form == null) {
            throw new IllegalArgumentException("No form with id " + formId);
        }
        return form;
    }

    public boolean exists(String formId) {
        return byId.containsKey(formId);
    }

    public Collection<FormDefinition> all() {
        return byId.values();
    }
}
