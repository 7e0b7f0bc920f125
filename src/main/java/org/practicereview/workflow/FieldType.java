package org.practicereview.workflow;

import java.util.Arrays;

/**
 * The form-js component types that carry a value, as named by the {@code type} of a Camunda Form
 * component. A form naming any other type fails when it is read, so that no field is rendered or
 * validated as plain text by accident.
 */
public enum FieldType {
    TEXTFIELD("textfield"),
    TEXTAREA("textarea"),
    NUMBER("number"),
    CHECKBOX("checkbox"),
    CHECKLIST("checklist"),
    TAGLIST("taglist"),
    RADIO("radio"),
    SELECT("select"),
    DATETIME("datetime");

    private final String formJs;

    FieldType(String formJs) {
        this.formJs = formJs;
    }

    /** The name in the form's JSON. */
    public String formJs() {
        return formJs;
    }

    /** A choice from the field's options (radios, select, checkboxes). */
    public boolean offersChoice() {
        return this == RADIO || this == SELECT || this == CHECKLIST || this == TAGLIST;
    }

    public boolean isMultiValued() {
        return this == CHECKLIST || this == TAGLIST;
    }

    /** The type a form-js component names; a type this application cannot render is a defect in the form. */
    public static FieldType ofFormJs(String type, String key) {
        return Arrays.stream(values()).filter(t -> t.formJs.equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Form field '" + key + "' has type '" + type
                        + "', which no page renders; known types: "
                        + Arrays.stream(values()).map(FieldType::formJs).toList()));
    }
}
