package org.practicereview.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.practicereview.documents.BriefingDocument;
import org.practicereview.documents.BriefingPanel;
import org.practicereview.documents.BriefingPdf;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.settings.BoardSettings;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/** Renders a frozen briefing version as the PDF and stores it with the case's documents. */
@Component
class BriefingFiles {

    private final BriefingPdf renderer;
    private final CaseDocuments documents;
    private final BriefingContent content;
    /** The board's name is read when a page or document is made: an administrator may change it. */
    private final BoardSettings settings;

    BriefingFiles(BriefingPdf renderer, CaseDocuments documents, ObjectMapper json,
                  BoardSettings settings) {
        this.renderer = renderer;
        this.documents = documents;
        this.content = new BriefingContent(json);
        this.settings = settings;
    }

    /**
     * The PDF of this version: a draft that says it is not yet published when {@code publishedAt} is null
     * (the preview the chair approves), else dated by the month of publication.
     */
    void store(BriefingVersion version, Instant publishedAt, String by) {
        String boardName = settings.current().boardName();
        Briefing briefing = content.briefing(version, boardName, publishedAt);
        List<BriefingPanel> panels = briefing.panels().stream().map(p -> new BriefingPanel(p.heading(), p.text())).toList();
        BriefingDocument document = publishedAt == null
                ? BriefingDocument.draft(briefing.title(), briefing.pseudonym(), boardName, panels, briefing.questions())
                : new BriefingDocument(briefing.title(), briefing.pseudonym(), boardName,
                        YearMonth.from(publishedAt.atZone(WorkingDays.UK)), panels, briefing.questions());
        documents.store(version.caseReference(), DocumentKind.BRIEFING, fileName(briefing.pseudonym()),
                renderer.render(document), by);
    }

    static String fileName(String pseudonym) {
        return "7-minute-briefing-" + slug(pseudonym) + ".pdf";
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

}
