package org.practicereview.publication.web;

import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.publication.Publications;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The latest generated briefing of a case as a page, before publication, for those who approve it. */
@Controller
class BriefingPreviewController {

    private final Publications publications;
    private final CaseDocuments documents;

    BriefingPreviewController(Publications publications, CaseDocuments documents) {
        this.publications = publications;
        this.documents = documents;
    }

    /** Where the page's back link and download link go. */
    record Links(String page, String briefingPdf) {}

    @GetMapping("/cases/{ref}/publication/briefing")
    String briefing(@PathVariable String ref, Model model) {
        if (!CaseDocumentsController.permitted(CurrentUser.actor()) || !CaseReference.isValid(ref)) {
            throw new NotFoundException();
        }
        var briefing = publications.briefing(new CaseReference(ref)).orElseThrow(NotFoundException::new);
        long pdf = documents.latest(ref, DocumentKind.BRIEFING).orElseThrow(NotFoundException::new).id();
        model.addAttribute("briefing", briefing);
        model.addAttribute("review", new Links("/cases/" + ref, "/cases/" + ref + "/documents/" + pdf));
        return "learning-from-reviews/briefing";
    }
}
