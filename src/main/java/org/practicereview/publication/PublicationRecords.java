package org.practicereview.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The repositories of the publication module. */
final class PublicationRecords {

    private PublicationRecords() {}

    /** Publication packs, one per case. */
    interface PublicationPacks extends Repository<PublicationPack, Long> {
        PublicationPack save(PublicationPack pack);
        Optional<PublicationPack> findByCaseReference(String caseReference);
        List<PublicationPack> findByStatusOrderByPublishedAtDesc(PackStatus status);
        Page<PublicationPack> findByStatus(PackStatus status, Pageable page);
        Optional<PublicationPack> findByCaseReferenceAndStatus(String caseReference, PackStatus status);
        long count();

        /** Case reference, review type and pseudonym of each published pack of the cases named: one statement. */
        @Query(value = "select p.case_reference, p.review_type, t.text_value from publication_pack p "
                + "join publication_pack_text t on t.pack_id = p.id and t.field_key = 'pseudonym' "
                + "where p.status = 'PUBLISHED' and p.case_reference in (:caseReferences)", nativeQuery = true)
        List<Object[]> publishedPseudonyms(@Param("caseReferences") Collection<String> caseReferences);
    }

    /** Findings of every check round. */
    interface Findings extends Repository<RecordedFinding, Long> {
        RecordedFinding save(RecordedFinding finding);
        List<RecordedFinding> findByCaseReferenceAndCheckRoundOrderById(String caseReference, int checkRound);
        long count();
    }

    /** Briefing versions. */
    interface Briefings extends Repository<BriefingVersion, Long> {
        BriefingVersion save(BriefingVersion version);
        Optional<BriefingVersion> findFirstByCaseReferenceOrderByVersionNumberDesc(String caseReference);
    }
}
