package org.practicereview.web.cases;

import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;

/**
 * The documents section of the case page: each bean of this type adds links (decision record, briefing,
 * exports...). The page lists what every bean returns for the viewer. A download behind a link must
 * check access and call {@code identity.CaseAccess.recordDownload} itself.
 */
public interface CaseDocumentLinks {

    /** A link to one document; {@code description} says what it is and its format, such as PDF with one page. */
    record DocumentLink(String label, String href, String description) {}

    List<DocumentLink> linksFor(Actor viewer, CaseReference caseReference);
}
