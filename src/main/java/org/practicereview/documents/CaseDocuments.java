package org.practicereview.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of each case, stored whole in the database. Joins the caller's transaction, so a
 * document is stored together with the step that made it. Who may download a case's documents is
 * {@link #mayDownload}, the one rule the download, the case page and the publication section share;
 * {@link #publicDocument} is the only way the public reaches one.
 */
@Service
@Transactional
public class CaseDocuments {

    /**
     * The PRG, the chair, the auditor and the safeguarding partners (who decide on the 2018 route and approve the rapid
     * review it sends) may download a case's stored documents; nobody else ({@link Role#BOARD_READERS}).
     */
    public static boolean mayDownload(Actor actor) {
        return Role.BOARD_READERS.stream().anyMatch(actor::has);
    }

    interface StoredDocuments extends Repository<StoredDocument, Long> {
        StoredDocument save(StoredDocument document);
        Optional<StoredDocument> findById(Long id);
        List<StoredDocument> findByCaseReferenceOrderByIdDesc(String caseReference);
        Optional<StoredDocument> findFirstByCaseReferenceAndKindOrderByIdDesc(String caseReference, DocumentKind kind);

        /** (case reference, kind) of each newest-of-its-kind document that is published; no content is read. */
        @Query("select d.caseReference, d.kind from StoredDocument d where d.caseReference in :references and d.published = true"
                + " and d.id = (select max(n.id) from StoredDocument n where n.caseReference = d.caseReference and n.kind = d.kind)")
        List<Object[]> publicKinds(@Param("references") Collection<String> references);
        long count();

        /** Every document of the case without its content, newest first. */
        @Query("select d.id, d.kind, d.fileName, d.sizeBytes, d.createdAt, d.createdBy, d.published from StoredDocument d"
                + " where d.caseReference = :reference order by d.id desc")
        List<Object[]> listOf(@Param("reference") String caseReference);
    }

    /** A stored document as a list shows it: what it is, how big, who made it and when; no content. */
    public record Listed(long id, DocumentKind kind, String fileName, long sizeBytes, Instant createdAt, String createdBy,
                         boolean published) {}

    private final StoredDocuments documents;
    private final Clock clock;

    CaseDocuments(StoredDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    public StoredDocument store(String caseReference, DocumentKind kind, String fileName, byte[] pdf, String by) {
        return documents.save(new StoredDocument(caseReference, kind, fileName, pdf, sha256(pdf),
                clock.instant().truncatedTo(ChronoUnit.MICROS), by));
    }

    /** The newest document of this kind for the case. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> latest(String caseReference, DocumentKind kind) {
        return documents.findFirstByCaseReferenceAndKindOrderByIdDesc(caseReference, kind);
    }

    /** The case's documents, newest first, in one query that reads no content. */
    @Transactional(readOnly = true)
    public List<Listed> listOf(String caseReference) {
        return documents.listOf(caseReference).stream().map(r -> new Listed((Long) r[0], (DocumentKind) r[1],
                (String) r[2], (Long) r[3], (Instant) r[4], (String) r[5], (Boolean) r[6])).toList();
    }

    @Transactional(readOnly = true)
    public List<StoredDocument> ofCase(String caseReference) {
        return documents.findByCaseReferenceOrderByIdDesc(caseReference);
    }

    /** A document of this case by id, whatever its state: for signed-in users the caller has let in. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> find(String caseReference, long id) {
        return documents.findById(id).filter(d -> d.caseReference().equals(caseReference));
    }

    /** The newest published document of this kind: all the public can reach. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> publicDocument(String caseReference, DocumentKind kind) {
        return latest(caseReference, kind).filter(StoredDocument::published);
    }

    /**
     * For many cases at once, which kinds of document the public can reach (as {@link #publicDocument}
     * would find them), without reading any document's content: the public list needs only the links.
     */
    @Transactional(readOnly = true)
    public Map<String, Set<DocumentKind>> publicKinds(Collection<String> caseReferences) {
        Map<String, Set<DocumentKind>> kinds = new HashMap<>();
        List<String> all = List.copyOf(caseReferences);
        for (int from = 0; from < all.size(); from += 500) {
            for (Object[] row : documents.publicKinds(all.subList(from, Math.min(all.size(), from + 500)))) {
                kinds.computeIfAbsent((String) row[0], r -> EnumSet.noneOf(DocumentKind.class)).add((DocumentKind) row[1]);
            }
        }
        return kinds;
    }

    /** Releases the newest document of each publishable kind of the case to the public. */
    public void publish(String caseReference) {
        publishExcept(caseReference, null);
    }

    /** The same, keeping one kind unpublished: the final report of a review published as a summary only. */
    public void publishExcept(String caseReference, DocumentKind withheld) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.publishable() && kind != withheld) {
                latest(caseReference, kind).ifPresent(StoredDocument::publish);
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
