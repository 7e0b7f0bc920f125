package org.practicereview.publication.web;

import java.util.List;
import org.practicereview.publication.PublishedReview;

/**
 * One published review as the national case review repository catalogues it, with the links to its
 * public documents (null where there is none). What the public page, the CSV and the JSON show.
 */
public record CatalogueEntry(String publicationMonthYear, String board, String pseudonym, String reviewType,
                             String title, String summary, String learning, String recommendations,
                             String methodology, List<String> themes, String page, String report,
                             String executiveSummary, String briefing, String briefingPdf, String boardResponse) {

    static final String BASE = "/learning-from-reviews/";

    static CatalogueEntry of(PublishedReview review, String board, boolean report, boolean executiveSummary) {
        String page = BASE + review.caseReference();
        return new CatalogueEntry(review.monthYear(), board, review.pseudonym(), review.reviewTypeName(),
                review.title(), review.summary(), review.learning(), review.recommendations(), review.methodology(),
                review.themes(), page, report ? page + "/report.pdf" : null,
                executiveSummary ? page + "/executive-summary.pdf" : null, page + "/briefing", page + "/briefing.pdf",
                review.boardResponse());
    }
}
