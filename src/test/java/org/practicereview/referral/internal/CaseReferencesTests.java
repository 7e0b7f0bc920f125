package org.practicereview.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseReferencesTests {

    @Autowired CaseReferences references;
    @Autowired TransactionTemplate transactions;

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
    void aReferenceGivenOutInAFailedTransactionIsGivenAgain() {
        CaseReference taken = transactions.execute(s -> {
            CaseReference ref = references.next();
            s.setRollbackOnly();
            return ref;
        });
        CaseReference again = transactions.execute(s -> references.next());
        assertThat(again).isEqualTo(taken);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
