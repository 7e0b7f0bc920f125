package org.practicereview.documents;

import java.util.List;
import java.util.Objects;
import org.practicereview.shared.CaseReference;

/**
 * A rapid review as the national panel receives it, already in words: headed sections of labelled values. The case
 * is named by its reference only; the texts are the partners' own record of it.
 */
public record RapidReviewDocument(CaseReference reference, String boardName, List<Section> sections) {

    public RapidReviewDocument {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(boardName, "boardName");
        sections = List.copyOf(sections);
    }

    /** A heading and its values. */
    public record Section(String heading, List<Field> fields) {

        public Section {
            fields = List.copyOf(fields);
        }
    }

    /** One value: a short one in a two-column table, a long one ({@code text}) as a paragraph under its label. */
    public record Field(String label, String value, boolean text) {

        public static Field of(String label, String value) {
            return new Field(label, value, false);
        }

        public static Field text(String label, String value) {
            return new Field(label, value, true);
        }
    }
}
