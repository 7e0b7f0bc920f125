package org.practicereview.referral.internal;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.WorkingDays;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives out case references {@code PR-YYYY-NNNN}, numbered from 1 in each (UK) year. The year's
 * counter row is locked until the caller's transaction ends, so concurrent referrals queue, and a
 * referral that fails takes its number back with it: no duplicates, no gaps.
 */
@Component
public class CaseReferences {

    /** The counter row locked while a year's own row is first created. */
    private static final int FIRST_OF_YEAR_LOCK = 0;

    interface Counters extends Repository<ReferenceCounter, Integer> {
        @Lock(LockModeType.PESSIMISTIC_WRITE)
        @Query("select c from ReferenceCounter c where c.year = ?1")
        Optional<ReferenceCounter> lock(int year);

        ReferenceCounter save(ReferenceCounter counter);
    }

    private final Counters counters;
    private final Clock clock;

    CaseReferences(Counters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CaseReference next() {
        int year = LocalDate.now(clock.withZone(WorkingDays.UK)).getYear();
        ReferenceCounter counter = counters.lock(year).orElseGet(() -> firstOfYear(year));
        return CaseReference.of(year, counter.next());
    }

    private ReferenceCounter firstOfYear(int year) {
        counters.lock(FIRST_OF_YEAR_LOCK);
        return counters.lock(year).orElseGet(() -> counters.save(new ReferenceCounter(year)));
    }
}
