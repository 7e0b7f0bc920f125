package org.practicereview.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far, to divide by the operations of a measured window: this JVM's (the
 * application or bare engine, its clients and, on H2, the database), and the whole machine's busy
 * time from {@code /proc/stat} (adds the PostgreSQL server processes). Throughput alone hides where
 * the 2 cores went; CPU per operation does not depend on how the threads were scheduled.
 * Off Linux the machine figure is NaN.
 */
record CpuClock(double jvmSeconds, double machineSeconds, double jitSeconds, double gcSeconds) {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux build we know of

    static CpuClock now() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        double jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1000.0;
        double gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum() / 1000.0;
        return new CpuClock(jvm, machineBusySeconds(), jit, gc);
    }

    /**
     * Milliseconds per operation in a window. {@code jit} and {@code gc} are the JVM's own accounts
     * (compiler threads' time, collectors' time), part of {@code jvm}: JIT time in a measured window
     * says the JVM was not yet warm.
     */
    record PerOperation(double jvm, double machine, double jit, double gc) {}

    /** Milliseconds per operation since {@code start}; NaN for a window without operations. */
    PerOperation millisPerOperation(CpuClock start, int operations) {
        double each = operations == 0 ? Double.NaN : 1000.0 / operations;
        return new PerOperation(each * (jvmSeconds - start.jvmSeconds), each * (machineSeconds - start.machineSeconds),
                each * (jitSeconds - start.jitSeconds), each * (gcSeconds - start.gcSeconds));
    }

    private static double machineBusySeconds() {
        try {
            // cpu  user nice system idle iowait irq softirq steal ...
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
