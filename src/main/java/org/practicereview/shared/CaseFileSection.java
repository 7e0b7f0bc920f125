package org.practicereview.shared;

import java.util.List;

/**
 * One section of a case file, built by the module that owns that part of the case and already in
 * words: no codes, no ISO dates. {@code key} is stable (an anchor on the case page, the name a task
 * brief asks for); {@code order} follows the process; {@code fragment} is the Thymeleaf fragment that
 * renders {@code model} ({@link #PARTS} renders a list of {@link Part}).
 */
public record CaseFileSection(String key, String title, int order, String fragment, Object model) {

    /** The fragment every module may use: headed parts, each a list of labelled values. */
    public static final String PARTS = "casefile/sections :: parts";

    public CaseFileSection {
        if (key == null || !key.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("A section key is lower-case and hyphenated");
        }
    }

    /** A section shown with {@link #PARTS}; {@code empty} is said when there are no parts yet. */
    public static CaseFileSection of(String key, String title, int order, List<Part> parts, String empty) {
        return new CaseFileSection(key, title, order, PARTS, new Parts(List.copyOf(parts), empty));
    }

    /** The model of {@link #PARTS}. */
    public record Parts(List<Part> parts, String empty) {}

    /** A headed group of values, such as one child or one agency's answer; {@code byline} says who and when. */
    public record Part(String heading, String byline, List<Row> rows) {

        public Part {
            rows = List.copyOf(rows);
        }
    }

    /** One labelled value; {@code href} makes the value a link (a document). Values may hold line breaks. */
    public record Row(String label, String value, String href) {

        public static Row of(String label, String value) {
            return new Row(label, value, null);
        }

        public String[] lines() {
            return value == null ? new String[0] : value.split("\\R");
        }
    }
}
