package org.practicereview.screening;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Information rounds, newest round last. */
interface InformationRequests extends Repository<InformationRequest, Long> {

    InformationRequest save(InformationRequest request);

    Optional<InformationRequest> findFirstByCaseReferenceOrderByRoundNumberDesc(String caseReference);

    long countByCaseReference(String caseReference);

    List<InformationRequest> findByCaseReferenceOrderByRoundNumber(String caseReference);
}
