package org.practicereview.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings refused, with a message for each field at fault (in form order), in the words a person reads. */
public class InvalidSettingsException extends RuntimeException {

    private final transient Map<String, String> errors;

    InvalidSettingsException(Map<String, String> errors) {
        super("Settings refused: " + errors.keySet(), null, false, false);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Field name to message, in the order of the form. */
    public Map<String, String> errors() {
        return errors;
    }
}
