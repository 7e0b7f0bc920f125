package org.practicereview.publication.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.publication.Publications;
import org.practicereview.publication.PublishedReview;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.shared.web.Pagination;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public "Learning from Reviews" pages, open without signing in: published reviews only. Anything
 * not published is "Page not found", whether or not it exists.
 */
@Controller
class LearningFromReviewsController {

    private final Publications publications;
    private final CaseDocuments documents;
    /** The board's name is read when a page or document is made: an administrator may change it. */
    private final BoardSettings settings;

    private final GuidanceLinks guidance;

    LearningFromReviewsController(Publications publications, CaseDocuments documents, BoardSettings settings,
                                  @Value("${practice-review.working-together-url}") String workingTogether,
                                  @Value("${practice-review.procedure-url:}") String procedure) {
        this.publications = publications;
        this.documents = documents;
        this.settings = settings;
        this.guidance = new GuidanceLinks(workingTogether, procedure.isBlank() ? null : procedure);
    }

    /** The rules every published review was carried out under: national guidance and the board's own procedure. */
    record GuidanceLinks(String workingTogether, String procedure) {}

    @ModelAttribute("guidance")
    GuidanceLinks guidance() {
        return guidance;
    }

    /** Reviews per page of the public list. */
    static final int PAGE_SIZE = 20;

    @GetMapping("/learning-from-reviews")
    String list(@RequestParam(required = false) String page, Model model) {
        Publications.PublishedPage found = publications.publishedPage(Pagination.pageNumber(page), PAGE_SIZE);
        Map<String, List<CatalogueEntry>> byMonth = new LinkedHashMap<>();
        for (CatalogueEntry entry : entries(found.reviews())) {
            byMonth.computeIfAbsent(entry.publicationMonthYear(), m -> new java.util.ArrayList<>()).add(entry);
        }
        model.addAttribute("months", byMonth.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList());
        model.addAttribute("found", found);
        model.addAttribute("firstShown", (long) (found.page() - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastShown", (long) (found.page() - 1) * PAGE_SIZE + found.reviews().size());
        model.addAttribute("paging", Pagination.of(found.page(), found.pages(), LearningFromReviewsController::listHref));
        return "learning-from-reviews/list";
    }

    private static String listHref(int page) {
        return page > 1 ? "/learning-from-reviews?page=" + page : "/learning-from-reviews";
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
        return entries(publications.published());
    }

    private CatalogueEntry entry(String ref) {
        PublishedReview review = publications.publishedReview(caseReference(ref)).orElseThrow(NotFoundException::new);
        return entries(List.of(review)).get(0);
    }

    /** The entries with their document links, the documents looked up for all of them at once. */
    private List<CatalogueEntry> entries(List<PublishedReview> reviews) {
        Map<String, Set<DocumentKind>> documentKinds = documents.publicKinds(reviews.stream().map(PublishedReview::caseReference).toList());
        String boardName = settings.current().boardName(); // once a page, not once a review
        return reviews.stream().map(r -> {
            Set<DocumentKind> kinds = documentKinds.getOrDefault(r.caseReference(), Set.of());
            return CatalogueEntry.of(r, boardName, kinds.contains(DocumentKind.FINAL_REPORT), kinds.contains(DocumentKind.EXECUTIVE_SUMMARY));
        }).toList();
    }

    private static CaseReference caseReference(String ref) {
        try {
            return new CaseReference(ref);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
