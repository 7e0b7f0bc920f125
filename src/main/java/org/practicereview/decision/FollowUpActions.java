package org.practicereview.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The follow-up actions of decisions not to review. */
interface FollowUpActions extends Repository<FollowUpAction, Long> {

    FollowUpAction save(FollowUpAction action);

    Optional<FollowUpAction> findById(Long id);

    List<FollowUpAction> findByCaseReferenceOrderById(String caseReference);

    List<FollowUpAction> findByIdIn(List<Long> ids);

    List<FollowUpAction> findAllByOrderByDueDateAscIdAsc();
}
