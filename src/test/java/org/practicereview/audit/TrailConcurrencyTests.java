package org.practicereview.audit;

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
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends from many threads hold the head row's lock in turn (select ... for update), so the chain
 * neither forks nor leaves gaps. Proven here on H2; PostgreSQL takes the same row lock.
 */
@IntegrationTest
class TrailConcurrencyTests {

    static final int THREADS = 8;
    static final int EACH = 200;

    @Autowired Trail trail;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eightThreadsOfTwoHundredEventsLeaveOneUnbrokenChain() throws Exception {
        CaseReference ref = CaseReference.of(2026, 8802);
        long before = jdbc.queryForObject("select last_seq from trail_head", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Actor actor = Actor.of("worker" + t, Role.PRG_MEMBER);
            done.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                for (int i = 0; i < EACH; i++) {
                    trail.append(ref, actor, TrailAction.TASK_COMPLETED, actor.userId() + " " + i);
                }
                return EACH;
            }));
        }
        start.countDown();
        for (Future<Integer> f : done) {
            assertThat(f.get()).isEqualTo(EACH);
        }
        pool.shutdown();

        assertThat(trail.forCase(ref)).hasSize(THREADS * EACH);
        assertThat(trail.verify().intact()).isTrue();
        assertThat(jdbc.queryForObject("select last_seq from trail_head", Long.class)).isEqualTo(before + THREADS * EACH);
        assertThat(jdbc.queryForObject("select count(*) - count(distinct previous_hash) from trail_event", Long.class))
                .as("no two events follow the same event (no fork)").isZero();
        assertThat(jdbc.queryForObject("select max(seq) - min(seq) + 1 - count(*) from trail_event", Long.class))
                .as("no gaps").isZero();
    }
}
