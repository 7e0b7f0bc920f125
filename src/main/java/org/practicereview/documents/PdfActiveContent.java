package org.practicereview.documents;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds what a published PDF must not carry: scripts, actions that open programs or send data,
 * attached files and embedded media. Walks every object reachable from the document's trailer
 * (streams are not decoded), so an action hidden in an annotation, a form field or the catalogue's
 * open action is found wherever it sits.
 */
final class PdfActiveContent {

    static final String SCRIPT = "The selected file contains JavaScript: save it as a PDF without scripts "
            + "(for example, print it to PDF) and upload it again";
    static final String LAUNCH = "The selected file contains an action that opens another program, file or form "
            + "submission: save it as a plain PDF (for example, print it to PDF) and upload it again";
    static final String ATTACHMENT = "The selected file has files or media attached inside it: remove the "
            + "attachments, or print it to PDF, and upload it again";

    private static final Set<String> RUNNING = Set.of("Launch", "SubmitForm", "ImportData", "GoToE", "Rendition");
    private static final Set<String> EMBEDDING = Set.of("EmbeddedFile", "EmbeddedFiles", "RichMedia",
            "FileAttachment", "Movie", "Sound", "Screen", "3D");
    private static final int MAX_OBJECTS = 500_000;

    private PdfActiveContent() {
    }

    /**
     * The first kind of active content found, as a message for the person uploading. Every stream
     * met on the way is handed to {@code streams}.
     */
    static Optional<String> find(PDDocument pdf, java.util.function.Consumer<org.apache.pdfbox.cos.COSStream> streams) {
        Deque<COSBase> open = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        open.push(pdf.getDocument().getTrailer());
        int visited = 0;
        while (!open.isEmpty()) {
            COSBase next = open.pop();
            COSBase base = next instanceof COSObject reference ? reference.getObject() : next;
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (++visited > MAX_OBJECTS) {
                return Optional.of(PdfUploadCheck.TOO_COMPLEX);
            }
            if (base instanceof COSDictionary dictionary) {
                Optional<String> problem = problem(dictionary);
                if (problem.isPresent()) {
                    return problem;
                }
                if (dictionary instanceof org.apache.pdfbox.cos.COSStream stream) {
                    streams.accept(stream);
                }
                dictionary.getValues().forEach(open::push);
            } else if (base instanceof COSArray array) {
                array.forEach(open::push);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(COSDictionary dictionary) {
        String action = dictionary.getNameAsString(COSName.S);
        if (dictionary.containsKey(COSName.JS) || "JavaScript".equals(action)) {
            return Optional.of(SCRIPT);
        }
        if (action != null && RUNNING.contains(action)) {
            return Optional.of(LAUNCH);
        }
        String type = dictionary.getNameAsString(COSName.TYPE);
        String subtype = dictionary.getNameAsString(COSName.SUBTYPE);
        if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
                || (type != null && EMBEDDING.contains(type)) || (subtype != null && EMBEDDING.contains(subtype))) {
            return Optional.of(ATTACHMENT);
        }
        return Optional.empty();
    }
}
