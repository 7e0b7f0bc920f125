package org.practicereview.documents;

/**
 * Content that does not fit the space its section has on the page. Thrown rather than cutting
 * text; the message names the section only, never its content.
 */
public class DocumentTooLongException extends RuntimeException {

    private final String section;

    public DocumentTooLongException(String section) {
        super("Too long to fit the page: " + section);
        this.section = section;
    }

    public String section() {
        return section;
    }
}
