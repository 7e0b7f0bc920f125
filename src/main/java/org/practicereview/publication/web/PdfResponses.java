package org.practicereview.publication.web;

import org.practicereview.documents.StoredDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored PDF as a download: its own type and name, and never sniffed as anything else. */
final class PdfResponses {

    private PdfResponses() {}

    static ResponseEntity<byte[]> of(StoredDocument document) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        // our own ASCII slugs, never the uploader's file name
        headers.setContentDisposition(ContentDisposition.attachment().filename(document.fileName()).build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setContentLength(document.sizeBytes());
        return ResponseEntity.ok().headers(headers).body(document.content());
    }
}
