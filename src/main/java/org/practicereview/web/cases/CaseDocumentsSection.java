package org.practicereview.web.cases;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Component;

/**
 * The case's stored documents (decision records, briefings, reports), each a download link, for the
 * people the download itself lets in (the PRG, the chair, the auditor: as {@code /cases/{ref}/documents/{id}}).
 * The documents module depends on nothing but {@code shared}, so its section is composed here.
 */
@Component
class CaseDocumentsSection implements CaseFileSections {

    private final CaseDocuments documents;
    private final Users users;

    CaseDocumentsSection(CaseDocuments documents, Users users) {
        this.documents = documents;
        this.users = users;
    }

    @Override
    public Set<String> keys() {
        return Set.of("documents");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        if (!CaseDocuments.mayDownload(viewer)) {
            return List.of();
        }
        List<Row> rows = documents.listOf(caseReference.value()).stream().map(d -> new Row(d.kind().title(),
                d.fileName() + " (PDF, " + size(d.sizeBytes()) + "), made on " + GovDates.time(d.createdAt()) + " by "
                        + users.nameOf(d.createdBy()) + (d.published() ? ", published" : ""),
                "/cases/" + caseReference.value() + "/documents/" + d.id())).toList();
        return List.of(CaseFileSection.of("documents", "Documents", 90,
                rows.isEmpty() ? List.of() : List.of(new Part(null, null, rows)), "No documents yet."));
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : String.format(Locale.UK, "%.0f KB", Math.ceil(bytes / 1024.0));
    }
}
