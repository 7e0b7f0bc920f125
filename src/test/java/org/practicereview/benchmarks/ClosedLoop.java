package org.practicereview.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code clients} threads each repeat one operation back to back (a client waits
 * for its answer before sending the next), first for a warm-up that is not counted, then for the
 * measured window. Latency is recorded per operation in nanoseconds; throughput is operations
 * completed in the window divided by its length. A failed operation is counted as an error, never as
 * an answer (a benchmark that counts errors as fast answers would lie), and the first one is printed.
 */
final class ClosedLoop {

    /** One operation of one client; {@code client} is the thread's index, {@code n} its sequence number. */
    @FunctionalInterface
    interface Operation {
        void run(int client, int n) throws Exception;
    }

    /** What one load level measured. */
    record Result(int clients, int operations, int errors, double seconds, long[] sortedNanos, CpuClock.PerOperation cpu) {

        double perSecond() {
            return operations / seconds;
        }

        double percentileMillis(double p) {
            return percentile(sortedNanos, p) / 1_000_000.0;
        }
    }

    private ClosedLoop() {}

    static Result run(int clients, double warmUpSeconds, double measureSeconds, Operation operation) throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicInteger sequence = new AtomicInteger();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] samples = new long[1 << 16];
            perClient.add(samples);
            int client = c;
            Thread thread = new Thread(() -> {
                long[] mine = samples;
                try {
                    while (!stop.get() && failure.get() == null) {
                        int n = sequence.incrementAndGet();
                        long start = System.nanoTime();
                        try {
                            operation.run(client, n);
                        } catch (Exception e) {
                            if (measuring.get() && !stop.get()) {
                                errors.incrementAndGet();
                            }
                            firstError.compareAndSet(null, e.toString());
                            continue;
                        }
                        long took = System.nanoTime() - start;
                        if (measuring.get() && !stop.get()) {
                            if (counts[client] == mine.length) {
                                mine = Arrays.copyOf(mine, mine.length * 2);
                                synchronized (perClient) {
                                    perClient.set(client, mine);
                                }
                            }
                            mine[counts[client]++] = took;
                        }
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        sleepOrFail(warmUpSeconds, failure);
        measuring.set(true);
        long windowStart = System.nanoTime();
        CpuClock cpuStart = CpuClock.now();
        sleepOrFail(measureSeconds, failure);
        stop.set(true);
        CpuClock cpuEnd = CpuClock.now();
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException("an operation failed at " + clients + " clients", failure.get());
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        synchronized (perClient) {
            for (int c = 0; c < clients; c++) {
                System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
                at += counts[c];
            }
        }
        Arrays.sort(all);
        if (firstError.get() != null) {
            System.out.println("benchmark-error at " + clients + " clients: " + errors.get() + " failed in the window; first: "
                    + firstError.get());
        }
        // The CPU of operations still running at the end of the window is counted, not they: the
        // bias is a few operations in a thousand.
        return new Result(clients, total, errors.get(), seconds, all, cpuEnd.millisPerOperation(cpuStart, total));
    }

    /**
     * Times up to {@code times} calls one after another (one client), after {@code warmUp} uncounted
     * ones, stopping early once {@code budgetSeconds} have passed (with at least five samples), so that
     * a page taking seconds does not hold the run for an hour.
     */
    static long[] sequential(int warmUp, int times, double budgetSeconds, Operation operation) throws Exception {
        long end = System.nanoTime() + (long) (budgetSeconds * 1e9);
        for (int i = 0; i < warmUp && (i < 2 || System.nanoTime() < end); i++) {
            operation.run(0, i);
        }
        long[] nanos = new long[times];
        int taken = 0;
        for (int i = 0; i < times && (taken < 5 || System.nanoTime() < end); i++) {
            long start = System.nanoTime();
            operation.run(0, i);
            nanos[taken++] = System.nanoTime() - start;
        }
        long[] samples = Arrays.copyOf(nanos, taken);
        Arrays.sort(samples);
        return samples;
    }

    /** Nearest-rank percentile of sorted samples. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void sleepOrFail(double seconds, AtomicReference<Throwable> failure) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end && failure.get() == null) {
            Thread.sleep(20);
        }
    }
}
