package org.practicereview.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

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
