package org.practicereview.documents;

import java.util.Objects;

/** One numbered segment of a 7 minute briefing, such as "Why it matters" and its text. */
public record BriefingPanel(String heading, String body) {

    public BriefingPanel {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(body, "body");
    }
}
