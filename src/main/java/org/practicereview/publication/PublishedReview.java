package org.practicereview.publication;

import java.time.Instant;
import java.util.List;

/** One entry of the public "Learning from Reviews" page and of the national catalogue. */
public record PublishedReview(String caseReference, String title, String pseudonym, String reviewTypeName,
                              String monthYear, Instant publishedAt, List<String> themes, String summary,
                              String learning, String recommendations, String methodology, String executiveSummary,
                              String boardResponse) {

    public PublishedReview {
        themes = List.copyOf(themes);
    }
}
