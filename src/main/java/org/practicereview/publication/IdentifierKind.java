package org.practicereview.publication;

/** What kind of real identity a finding is; the placeholder replaces it wherever a finding is shown or kept. */
public enum IdentifierKind {
    NAME("[name]"),
    DATE_OF_BIRTH("[date of birth]"),
    ADDRESS("[address]"),
    POSTCODE("[postcode]");

    private final String placeholder;

    IdentifierKind(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }
}
