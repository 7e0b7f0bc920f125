package org.practicereview.audit;

import java.util.List;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import jakarta.persistence.LockModeType;

/** The trail table: insert and read only. */
interface TrailEvents extends Repository<TrailEvent, Long> {

    TrailEvent save(TrailEvent event);

    List<TrailEvent> findByCaseReferenceOrderBySeq(String caseReference);

    long count();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from TrailHead h where h.id = 1")
    TrailHead lockHead();
}
