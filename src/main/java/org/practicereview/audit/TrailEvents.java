package org.practicereview.audit;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import jakarta.persistence.LockModeType;

/** The trail table: insert only (reads go through plain JDBC, see TrailRows), and the head row lock. */
interface TrailEvents extends Repository<TrailEvent, Long> {

    TrailEvent save(TrailEvent event);

    long count();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from TrailHead h where h.id = 1")
    TrailHead lockHead();
}
