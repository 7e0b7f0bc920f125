package org.practicereview.publication.web;

import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.StoredDocument;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A case's documents for the people who work on or audit it (the PRG, the chair, the auditor),
 * whether published or not. Every download goes into the case's trail. Anyone else is told the
 * document does not exist.
 */
@Controller
class CaseDocumentsController {


    private final CaseDocuments documents;
    private final Trail trail;

    CaseDocumentsController(CaseDocuments documents, Trail trail) {
        this.documents = documents;
        this.trail = trail;
    }

    @GetMapping("/cases/{ref}/documents/{id}")
    @Transactional
    ResponseEntity<byte[]> download(@PathVariable String ref, @PathVariable long id) {
        Actor actor = CurrentUser.actor();
        if (!CaseDocuments.mayDownload(actor)) {
            throw new NotFoundException();
        }
        StoredDocument document = documents.find(ref, id).orElseThrow(NotFoundException::new);
        trail.append(new CaseReference(ref), actor, TrailAction.DOCUMENT_DOWNLOADED,
                document.kind() + " #" + document.id() + " sha256 " + document.sha256());
        return PdfResponses.of(document);
    }

    static boolean permitted(Actor actor) {
        return CaseDocuments.mayDownload(actor);
    }
}
