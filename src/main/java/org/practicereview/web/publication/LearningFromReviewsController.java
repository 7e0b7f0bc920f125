package org.practicereview.web.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.publication.Publications;
import org.practicereview.publication.PublishedReview;
import org.practicereview.shared.CaseReference;
import org.practicereview.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public "Learning from Reviews" pages, open without signing in: published reviews only. Anything
 * not published is "Page not found", whether or not it exists.
 */
@Controller
class LearningFromReviewsController {

    private final Publications publications;
    private final CaseDocuments documents;
    private final String board;

    LearningFromReviewsController(Publications publications, CaseDocuments documents,
                                  @Value("${practice-review.board-name}") String board) {
        this.publications = publications;
        this.documents = documents;
        this.board = board;
    }

    @GetMapping("/learning-from-reviews")
    String list(Model model) {
        Map<String, List<CatalogueEntry>> byMonth = new LinkedHashMap<>();
        for (CatalogueEntry entry : catalogue()) {
            byMonth.computeIfAbsent(entry.publicationMonthYear(), m -> new java.util.ArrayList<>()).add(entry);
        }
        model.addAttribute("months", byMonth.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList());
        return "learning-from-reviews/list";
    }

    /** The reviews published in one month, newest first. */
    record Month(String monthYear, List<CatalogueEntry> reviews) {}

    @GetMapping("/learning-from-reviews/{ref}")
    String review(@PathVariable String ref, Model model) {
        model.addAttribute("review", entry(ref));
        return "learning-from-reviews/review";
    }

    @GetMapping("/learning-from-reviews/{ref}/briefing")
    String briefing(@PathVariable String ref, Model model) {
        CatalogueEntry entry = entry(ref);
        model.addAttribute("review", entry);
        model.addAttribute("briefing", publications.publishedBriefing(caseReference(ref)).orElseThrow(NotFoundException::new));
        return "learning-from-reviews/briefing";
    }

    @GetMapping("/learning-from-reviews/{ref}/briefing.pdf")
    ResponseEntity<byte[]> briefingPdf(@PathVariable String ref) {
        return publicPdf(ref, DocumentKind.BRIEFING);
    }

    @GetMapping("/learning-from-reviews/{ref}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable String ref) {
        return publicPdf(ref, DocumentKind.FINAL_REPORT);
    }

    @GetMapping("/learning-from-reviews/{ref}/executive-summary.pdf")
    ResponseEntity<byte[]> executiveSummary(@PathVariable String ref) {
        return publicPdf(ref, DocumentKind.EXECUTIVE_SUMMARY);
    }

    @GetMapping(value = "/learning-from-reviews/catalogue.csv", produces = "text/csv;charset=UTF-8")
    @ResponseBody
    String csv() {
        return CatalogueCsv.of(catalogue());
    }

    @GetMapping(value = "/learning-from-reviews/catalogue.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<CatalogueEntry> json() {
        return catalogue();
    }

    private ResponseEntity<byte[]> publicPdf(String ref, DocumentKind kind) {
        entry(ref);
        return documents.publicDocument(ref, kind).map(PdfResponses::of).orElseThrow(NotFoundException::new);
    }

    private List<CatalogueEntry> catalogue() {
        return publications.published().stream().map(this::entry).toList();
    }

    private CatalogueEntry entry(String ref) {
        return publications.published().stream().filter(p -> p.caseReference().equals(ref)).findFirst()
                .map(this::entry).orElseThrow(NotFoundException::new);
    }

    private CatalogueEntry entry(PublishedReview review) {
        String ref = review.caseReference();
        return CatalogueEntry.of(review, board, documents.publicDocument(ref, DocumentKind.FINAL_REPORT).isPresent(),
                documents.publicDocument(ref, DocumentKind.EXECUTIVE_SUMMARY).isPresent());
    }

    private static CaseReference caseReference(String ref) {
        try {
            return new CaseReference(ref);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
