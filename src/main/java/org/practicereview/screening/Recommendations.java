package org.practicereview.screening;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The PRG's recommendations. */
interface Recommendations extends Repository<Recommendation, Long> {

    Recommendation save(Recommendation recommendation);

    java.util.Optional<Recommendation> findFirstByCaseReferenceOrderByIdDesc(String caseReference);

    List<Recommendation> findByCaseReferenceOrderById(String caseReference);
}
