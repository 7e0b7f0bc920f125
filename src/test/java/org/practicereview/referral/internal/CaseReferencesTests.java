package org.practicereview.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseReferencesTests {

    @Autowired CaseReferences references;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSourceProperties database;

    private int number(CaseReference ref) {
        return Integer.parseInt(ref.value().substring(8));
    }

    @Test
    void concurrentReferralsGetConsecutiveReferencesWithoutDuplicates() throws Exception {
        int before = number(transactions.execute(s -> references.next()));
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CaseReference>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit((Callable<CaseReference>) () -> {
                    start.await();
                    return transactions.execute(s -> {
                        CaseReference ref = references.next();
                        pause();
                        return ref;
                    });
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<CaseReference> f : results) {
                numbers.add(number(f.get()));
            }
            assertThat(numbers).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(before + 1, before + threads).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aYearsFirstReferralIsNumberOneAndTheNextIsTwo() {
        // No referral yet in 2091: its counter row is created by the first, then moved on.
        CaseReferences in2091 = new CaseReferences(database, Clock.fixed(Instant.parse("2091-03-01T10:00:00Z"), ZoneOffset.UTC));
        try {
            assertThat(in2091.next().value()).isEqualTo("PR-2091-0001");
            assertThat(in2091.next().value()).isEqualTo("PR-2091-0002");
        } finally {
            in2091.destroy();
        }
    }

    @Test
    void aNumberTakenByAReferralThatThenFailsIsNeverGivenAgain() {
        // The number is committed when it is taken, not with the referral: a failure after it leaves a
        // gap, never a duplicate (the class comment says why).
        CaseReference taken = transactions.execute(s -> {
            CaseReference ref = references.next();
            s.setRollbackOnly();
            return ref;
        });
        CaseReference next = transactions.execute(s -> references.next());
        assertThat(number(next)).isEqualTo(number(taken) + 1);
    }

    @Test
    void takingANumberHoldsNoLockThatAnotherReferralWouldWaitFor() throws Exception {
        // A referral holding its number in a long transaction must not hold up the next one.
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<CaseReference> slow = pool.submit(() -> transactions.execute(s -> {
                CaseReference ref = references.next();
                taken.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ref;
            }));
            assertThat(taken.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            CaseReference other = transactions.execute(s -> references.next());
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            release.countDown();
            assertThat(number(other)).isEqualTo(number(slow.get()) + 1);
            assertThat(waitedMillis).as("the second referral did not wait for the first to commit").isLessThan(5_000);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
