package org.practicereview.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.practicereview.documents.BriefingDocument;
import org.practicereview.documents.BriefingFit;
import org.practicereview.documents.BriefingPanel;
import org.practicereview.documents.BriefingPdf;
import org.practicereview.documents.DeadlineStatus;
import org.practicereview.documents.PrgCase;
import org.practicereview.documents.PrgReport;
import org.practicereview.documents.PrgReportPdf;
import org.practicereview.shared.CaseReference;

/**
 * How long the documents take to render, warm, and how much they allocate. Not a test: it never
 * gates a build on a wall-clock. Targets: a briefing under 150 ms, a 200-case PRG report under 1 s.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.practicereview.benchmarks.DocumentBenchmark
 * </pre>
 */
public final class DocumentBenchmark {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private DocumentBenchmark() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        BriefingPdf briefings = new BriefingPdf(clock);
        PrgReportPdf reports = new PrgReportPdf(clock);
        BriefingDocument briefing = briefing();
        PrgReport report = report(200);

        System.out.printf("%-26s %6s %9s %9s %9s %12s %10s%n", "document", "runs", "p50 ms", "p95 ms", "max ms",
                "alloc MB/run", "size KB");
        measure("7 minute briefing", 100, 200, () -> briefings.render(briefing));
        BriefingDocument full = fullPanels();
        measure("briefing, panels full", 100, 200, () -> briefings.render(full));
        measure("fit check, panels full", 100, 200, () -> new byte[BriefingFit.tooLong(full).size()]);
        measure("PRG report, 200 cases", 20, 40, () -> reports.render(report));
    }

    private static void measure(String name, int warmUp, int runs, Supplier<byte[]> render) {
        for (int i = 0; i < warmUp; i++) {
            render.get();
        }
        long[] nanos = new long[runs];
        long allocated = 0;
        int size = 0;
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < runs; i++) {
            long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            size = render.get().length;
            nanos[i] = System.nanoTime() - start;
            allocated += THREADS.getThreadAllocatedBytes(thread) - bytesBefore;
        }
        Arrays.sort(nanos);
        System.out.printf("%-26s %6d %9.1f %9.1f %9.1f %12.1f %10.1f%n", name, runs, ms(nanos[runs / 2]),
                ms(nanos[(int) Math.ceil(runs * 0.95) - 1]), ms(nanos[runs - 1]), allocated / (double) runs / 1e6,
                size / 1024.0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static BriefingDocument briefing() {
        List<BriefingPanel> panels = new ArrayList<>();
        for (int i = 1; i <= BriefingDocument.PANELS; i++) {
            panels.add(new BriefingPanel("Key finding " + i, "Three agencies each held part of the picture and "
                    + "nobody held all of it. Concerns were noted, not shared with the others."));
        }
        return new BriefingDocument("Serious Case Review (SCR) – Child Q", "Child Q",
                "Sefton Local Safeguarding Children Board", YearMonth.of(2027, 3), panels,
                List.of("What are your key thoughts on this case?",
                        "How will the learning be embedded in your team, and how will you know?",
                        "How does it feed into your team’s improvement plan?"));
    }

    /** Every panel filled to the last character it holds, as measured. */
    private static BriefingDocument fullPanels() {
        String prose = ("Practitioners saw the family often but rarely together, and each agency held part of the "
                + "picture. Nobody put these together or asked the child what daily life was like. ").repeat(8);
        BriefingDocument base = briefing();
        List<BriefingPanel> panels = new ArrayList<>();
        for (int i = 0; i < BriefingDocument.PANELS; i++) {
            String heading = base.panels().get(i).heading();
            int capacity = BriefingFit.panelText(i + 1, heading, prose).capacity();
            panels.add(new BriefingPanel(heading, prose.substring(0, capacity).strip()));
        }
        return new BriefingDocument(base.title(), base.pseudonym(), base.boardName(), base.published(), panels,
                base.reflectiveQuestions());
    }

    private static PrgReport report(int cases) {
        List<PrgCase> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2027, 1, 1);
        for (int i = 1; i <= cases; i++) {
            LocalDate referred = start.plusDays(i % 80);
            boolean notInitiated = i % 3 == 0;
            rows.add(new PrgCase(CaseReference.of(2027, i), i % 4 == 0 ? "Child " + (char) ('A' + i % 26) : null,
                    i % 2 == 0 ? "Consider for SCR" : "Multi-agency learning",
                    notInitiated ? "Criteria not met" : "Criteria met",
                    notInitiated ? "Learning review" : "Initiate an SCR",
                    notInitiated ? "Criteria not met but commission another review type" : "Initiate an SCR",
                    referred, referred.plusDays(i % 5 == 0 ? 40 : 21),
                    i % 5 == 0 ? DeadlineStatus.MISSED : DeadlineStatus.MET,
                    notInitiated ? DeadlineStatus.MET : DeadlineStatus.NOT_APPLICABLE));
        }
        return new PrgReport("Sefton Local Safeguarding Children Board", start, LocalDate.of(2027, 3, 31), rows);
    }
}
