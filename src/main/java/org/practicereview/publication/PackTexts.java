package org.practicereview.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.PdfUploadCheck;

/**
 * Every text of the pack the anonymisation check reads, by where it is: the pack's fields in form
 * order, then each page of the uploaded final report and executive summary ("Final report, page 3").
 */
final class PackTexts {

    private PackTexts() {}

    static Map<String, String> of(PublicationPack pack, CaseDocuments documents) {
        Map<String, String> texts = new LinkedHashMap<>();
        PackFields.TEXTS.forEach(key -> texts.put(key, pack.texts().get(key)));
        if (pack.text(PackFields.BOARD_RESPONSE) != null) {
            texts.put(PackFields.BOARD_RESPONSE_WHERE, pack.text(PackFields.BOARD_RESPONSE));
        }
        for (DocumentKind kind : ReportUploads.KINDS) {
            documents.latest(pack.caseReference().value(), kind).ifPresent(document -> {
                List<String> pages = PdfUploadCheck.pageTexts(document.content());
                for (int i = 0; i < pages.size(); i++) {
                    texts.put(where(kind, i + 1), pages.get(i));
                }
            });
        }
        return texts;
    }

    static String where(DocumentKind kind, int page) {
        return kind.title() + ", page " + page;
    }
}
