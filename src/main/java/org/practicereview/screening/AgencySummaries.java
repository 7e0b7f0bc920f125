package org.practicereview.screening;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Agency summaries by case and round. */
interface AgencySummaries extends Repository<AgencySummary, Long> {

    AgencySummary save(AgencySummary summary);

    List<AgencySummary> findByCaseReferenceAndRoundNumberOrderById(String caseReference, int roundNumber);

    List<AgencySummary> findByCaseReferenceOrderById(String caseReference);
}
