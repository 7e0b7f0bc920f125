package org.practicereview.web.cases;

import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Component;

/** Until the documents pages exist there is nothing to link to; replace or add beside it. */
@Component
class NoCaseDocumentLinks implements CaseDocumentLinks {

    @Override
    public List<DocumentLink> linksFor(Actor viewer, CaseReference caseReference) {
        return List.of();
    }
}
