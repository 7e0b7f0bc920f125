package org.practicereview.documents;

/**
 * A character the document font has no glyph for. Thrown rather than dropping or replacing it;
 * the message names the code point only, never the text around it.
 */
public class UnsupportedCharacterException extends IllegalArgumentException {

    private final int codePoint;

    public UnsupportedCharacterException(int codePoint) {
        super(String.format("U+%04X cannot be set in the document font", codePoint));
        this.codePoint = codePoint;
    }

    public int codePoint() {
        return codePoint;
    }
}
