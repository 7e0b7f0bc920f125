package org.practicereview.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.EmbeddedPostgresServer;
import org.practicereview.PracticeReviewApplication;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.WorkingDays;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a running Practice Review with cases at national scale for the page benchmarks: tens of
 * thousands of fictional cases that the pages cannot tell from real ones.
 *
 * <h2>The mix</h2>
 * Per thousand cases: 640 {@code CLOSED}, 150 {@code PUBLISHED}, 90 {@code MERGED}, and 120 open ones:
 * 20 {@code TRIAGE}, 25 {@code AGENCY_INFORMATION}, 20 {@code SCREENING}, 15 {@code DECISION},
 * 28 {@code REVIEW}, 12 {@code PUBLICATION}. It is shaped like ten years of a national service: most
 * referrals are screened and closed without a review (the criteria are not met, the learning is
 * shared another way), about one in ten is a duplicate merged at triage, and a review that is
 * commissioned takes a year or more and ends published. Only the last months' cases are still open,
 * and of those, reviews stay open longest, so REVIEW is the largest open stage. The stage of case
 * number {@code n} is fixed by {@code n * 379 mod 1000} (379 is coprime to 1000), so every run of a
 * thousand consecutive cases has exactly this mix, any chunk is spread over every stage, and seeding
 * up to 10,000 and later up to 50,000 gives the same first 10,000 cases.
 *
 * <h2>Shape</h2>
 * Every case has what the real services would have written by its stage, in the same tables and
 * columns: the case file, the referral with one child, two agencies and the five parallel processes
 * of the form, the triage, the information request, agency summaries, the screening with its
 * criteria result, the recommendation, the chair's decision, the review with draft, QA round, action
 * plan (and agency reports and board sign-off on the SCR path), and for published reviews the
 * publication pack with every text of its catalogue entry and briefing. Dates are spread over ten
 * years (open cases over the last months), references are numbered per year from the real counter
 * rows (locked as the real referral service locks them), so seeded and real references never collide.
 *
 * <p>Open cases have a real {@code case-review} process instance started by process instance
 * modification at the user task where the case stands, with the variables the diagram's expressions
 * need ({@code decisionDue}, {@code agencies}, {@code reviewType}, ...). REVIEW and PUBLICATION cases
 * start before the call activity, so the real {@code scr-review} / {@code publication} sub-process
 * waits at its first task. Timers are all in the future (decisions due within the month), so the job
 * executor does not escalate the seeded cases behind the benchmark's back. Finished cases have no
 * process instance and no engine history by default: none of the benchmarked pages reads it, and a
 * finished instance per case (started before its end event, with {@code -D}{@value #HISTORY_PROPERTY}
 * {@code =true}) cost about 11 ms a case on H2 (10,000 cases: 154 s instead of 44 s), which would
 * add some nine minutes at 50,000.
 *
 * <p>Within a year, references are numbered oldest first inside each chunk of 500, not across
 * chunks, so a later chunk's older cases have higher numbers than an earlier chunk's newer ones;
 * the case list sorts by referral date, not by number.
 *
 * <p>The trail gets the milestones the case page's stage tracker reads (referral submitted, triage,
 * recommendation, decision, action plan), appended through {@link Trail#append} so the hash chain
 * stays verifiable; their time is the seeding time, as {@code Trail} stamps it. Everything else is
 * written by JDBC batches, 500 cases per transaction. Names are placeholders ("Seed Child 123"); the
 * referral's content is obviously fictional. Seeded cases are recognised by the referrer e-mail
 * {@value #MARK}.
 */
public final class NationalSeed {

    /** Identifies seeded referrals; never a real address (example.org is reserved). */
    static final String MARK = "national-seed@example.org";
    /** System property: {@code true} gives finished cases a finished engine process instance too (off by default). */
    public static final String HISTORY_PROPERTY = "national-seed.history";
    private static final int CHUNK = 500;
    private static final int PROGRESS_EVERY = 5_000;

    private static final Map<Stage, Integer> PER_THOUSAND = mix();
    private static final java.util.Set<Stage> OPEN = java.util.EnumSet.of(Stage.TRIAGE, Stage.AGENCY_INFORMATION, Stage.SCREENING,
            Stage.DECISION, Stage.REVIEW, Stage.PUBLICATION);
    private static final List<String> REVIEW_TYPES = List.of("REFLECTIVE", "LEARNING", "CRITICAL_INCIDENT",
            "SINGLE_AGENCY", "MULTI_AGENCY_AUDIT", "GOOD_PRACTICE");
    private static final List<String> THEMES = List.of("information sharing", "professional curiosity",
            "voice of the child", "escalation", "neglect", "domestic abuse", "parental mental health",
            "adolescent risk", "working with fathers", "disguised compliance");
    private static final String REASON_MET = "Abuse or neglect is known or suspected, the child has been seriously harmed, "
            + "and there is no definitive evidence that the authority, board partners and others worked together well, so "
            + "cause for concern is taken as present. This is a serious case under the LSCB Regulations 2006, reg. "
            + "5(2)(b)(ii): a serious case review must be undertaken.";
    private static final String REASON_NOT_MET = "Abuse or neglect is known or suspected, but the child has neither died "
            + "nor been seriously harmed, so the LSCB Regulations 2006, reg. 5(2)(b), is not met. The board may still "
            + "commission another kind of review.";

    private static final Actor COORDINATOR = Actor.of("demo.coordinator", Role.PRG_COORDINATOR);
    private static final Actor MEMBER = Actor.of("demo.member", Role.PRG_MEMBER);
    private static final Actor CHAIR = Actor.of("demo.chair", Role.CHAIR);

    /** What one call added, and where all seeded cases now stand. */
    public record Report(int casesAdded, int totalSeeded, Duration took, Map<Stage, Integer> byStage) {}

    private NationalSeed() {}

    private static Map<Stage, Integer> mix() {
        Map<Stage, Integer> m = new LinkedHashMap<>();
        m.put(Stage.CLOSED, 640);
        m.put(Stage.PUBLISHED, 150);
        m.put(Stage.MERGED, 90);
        m.put(Stage.TRIAGE, 20);
        m.put(Stage.AGENCY_INFORMATION, 25);
        m.put(Stage.SCREENING, 20);
        m.put(Stage.DECISION, 15);
        m.put(Stage.REVIEW, 28);
        m.put(Stage.PUBLICATION, 12);
        return Collections.unmodifiableMap(m);
    }

    /** Adds cases until `total` seeded cases exist; idempotent per total (a second call with a larger total adds the difference). */
    public static Report seedUpTo(ConfigurableApplicationContext app, int total) {
        long started = System.nanoTime();
        Seeder seeder = new Seeder(app);
        int existing = seeder.seededCount();
        int added = 0;
        for (int from = existing + 1; from <= total; from += CHUNK) {
            int to = Math.min(total, from + CHUNK - 1);
            seeder.chunk(from, to);
            int before = added;
            added += to - from + 1;
            if ((existing + added) / PROGRESS_EVERY > (existing + before) / PROGRESS_EVERY || to == total) {
                System.out.printf("NationalSeed: %,d of %,d cases (%,d s)%n", existing + added, total,
                        Duration.ofNanos(System.nanoTime() - started).toSeconds());
            }
        }
        seeder.recordNoticesSent();
        return new Report(added, Math.max(existing, total), Duration.ofNanos(System.nanoTime() - started), seeder.byStage());
    }

    /** Some seeded case references to open, one per stage where possible (for "a case page" and the public page). */
    public static Map<Stage, String> sampleReferences(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Map<Stage, String> samples = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            List<String> refs = jdbc.queryForList("select c.reference from case_file c join referral r on r.case_reference = c.reference"
                    + " where r.referrer_email = ? and c.stage = ? order by c.created_at desc, c.reference desc limit 1",
                    String.class, MARK, stage.name());
            if (!refs.isEmpty()) {
                samples.put(stage, refs.get(0));
            }
        }
        return samples;
    }

    /** The stage of seeded case number {@code n} (1-based): exactly the mix in every thousand. */
    static Stage stageOf(int n) {
        int slot = (int) (((long) n * 379) % 1000);
        int upTo = 0;
        for (Map.Entry<Stage, Integer> e : PER_THOUSAND.entrySet()) {
            upTo += e.getValue();
            if (slot < upTo) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("mix does not add up to 1000");
    }

    /** One planned case: its number, stage, dates and choices, all derived from the number alone. */
    private static final class Planned {

        private final int n;
        private final Stage stage;
        private final Instant referredAt;
        private final String purpose;
        private final String referrer;
        private final String referrerAgency;
        private final List<String> agencies;
        private final boolean scr;
        private final String reviewType;
        private final boolean recommendStep;
        /** Given out in {@code allocateReferences}, oldest first within the chunk. */
        String reference;

        Planned(int n, Stage stage, Instant referredAt, String purpose, String referrer, String referrerAgency,
                List<String> agencies, boolean scr, String reviewType, boolean recommendStep) {
            this.n = n;
            this.stage = stage;
            this.referredAt = referredAt;
            this.purpose = purpose;
            this.referrer = referrer;
            this.referrerAgency = referrerAgency;
            this.agencies = agencies;
            this.scr = scr;
            this.reviewType = reviewType;
            this.recommendStep = recommendStep;
        }

        int n() { return n; }
        Stage stage() { return stage; }
        Instant referredAt() { return referredAt; }
        String purpose() { return purpose; }
        String referrer() { return referrer; }
        String referrerAgency() { return referrerAgency; }
        List<String> agencies() { return agencies; }
        boolean scr() { return scr; }
        String reviewType() { return reviewType; }
        boolean recommendStep() { return recommendStep; }

        boolean triaged() { return stage != Stage.TRIAGE; }
        boolean requested() { return stage != Stage.TRIAGE && stage != Stage.MERGED; }
        boolean summarised() { return requested() && stage != Stage.AGENCY_INFORMATION; }
        boolean screened() { return summarised() && (stage != Stage.SCREENING || recommendStep); }
        boolean recommended() { return screened() && stage != Stage.SCREENING; }
        boolean decided() { return recommended() && stage != Stage.DECISION; }
        boolean reviewCommissioned() { return decided() && stage != Stage.CLOSED; }
        boolean reviewDone() { return stage == Stage.PUBLICATION || stage == Stage.PUBLISHED; }
        boolean criteriaMet() { return stage != Stage.CLOSED && (stage == Stage.REVIEW || stage == Stage.PUBLICATION || stage == Stage.PUBLISHED || n % 2 == 0); }

        Instant at(int days) { return referredAt.plus(days, ChronoUnit.DAYS).plus((n * 31L + days * 17L) % 480, ChronoUnit.MINUTES); }
        Instant triagedAt() { return at(2); }
        Instant requestedAt() { return at(3); }
        Instant screenedAt() { return at(15); }
        Instant recommendedAt() { return at(17); }
        Instant decisionDue() { return referredAt.plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(17, ChronoUnit.HOURS); }
        Instant decidedAt() { return at(25); }
        Instant reviewStartedAt() { return at(40); }
        Instant reviewCompletedAt() { return at(220); }
        Instant publishedAt() { return at(400); }
    }

    /** Plans and writes; one per call of {@link #seedUpTo}. */
    private static final class Seeder {

        private final JdbcTemplate jdbc;
        private final TransactionTemplate tx;
        private final RuntimeService runtime;
        private final Trail trail;
        private final EntityManagerFactory entities;
        private final Instant now;
        private final List<String> agencyCodes;
        private final boolean history = Boolean.getBoolean(HISTORY_PROPERTY);

        Seeder(ConfigurableApplicationContext app) {
            this.jdbc = app.getBean(JdbcTemplate.class);
            this.tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            this.runtime = app.getBean(RuntimeService.class);
            this.trail = app.getBean(Trail.class);
            this.entities = app.getBean(EntityManagerFactory.class);
            this.now = app.getBean(Clock.class).instant().truncatedTo(ChronoUnit.MICROS);
            this.agencyCodes = jdbc.queryForList("select code from agency where active = true order by code", String.class);
            if (agencyCodes.size() < 2) {
                throw new IllegalStateException("NationalSeed needs at least two agencies (run with the demo profile)");
            }
        }

        int seededCount() {
            Integer count = jdbc.queryForObject("select count(*) from referral where referrer_email = ?", Integer.class, MARK);
            return count == null ? 0 : count;
        }

        /**
         * The notices the seeded cases' steps queued (chiefly each agency's information request) recorded as
         * sent when queued: a running board's relay sent each as its case reached the step. Left queued, the
         * relay worked through some 2,000 of them at about five a second while the pages were measured.
         */
        void recordNoticesSent() {
            jdbc.update("update notification set sent_at = created_at where sent_at is null and failed_at is null and case_reference in"
                    + " (select case_reference from referral where referrer_email = ?)", MARK);
        }

        Map<Stage, Integer> byStage() {
            Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
            jdbc.query("select c.stage, count(*) from case_file c join referral r on r.case_reference = c.reference"
                    + " where r.referrer_email = ? group by c.stage", rs -> {
                counts.put(Stage.valueOf(rs.getString(1)), rs.getInt(2));
            }, MARK);
            return counts;
        }

        void chunk(int from, int to) {
            List<Planned> cases = new ArrayList<>();
            for (int n = from; n <= to; n++) {
                cases.add(plan(n));
            }
            tx.executeWithoutResult(status -> {
                allocateReferences(cases);
                startProcesses(cases);
                writeDomainRows(cases);
                appendTrail(cases);
            });
        }

        private Planned plan(int n) {
            SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
            Stage stage = stageOf(n);
            int daysAgo = switch (stage) {
                case TRIAGE, NOTIFICATION -> r.nextInt(0, 10); // the seed plans no case on the 2018 route
                case AGENCY_INFORMATION -> r.nextInt(4, 14);
                case SCREENING -> r.nextInt(16, 22);
                case DECISION -> r.nextInt(18, 24);
                case REVIEW -> r.nextInt(45, 200);
                case PUBLICATION -> r.nextInt(230, 380);
                case PUBLISHED -> r.nextInt(420, 3650);
                case CLOSED -> r.nextInt(40, 3650);
                case MERGED -> r.nextInt(10, 3650);
                case RAPID_REVIEW -> throw new IllegalStateException("The seed has no case on the 2018 route");
            };
            Instant referredAt = now.minus(daysAgo, ChronoUnit.DAYS).minus(r.nextInt(0, 24 * 60), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.MICROS);
            int p = r.nextInt(10);
            String purpose = p < 6 ? "SCR_CONSIDERATION" : p < 9 ? "MULTI_AGENCY_LEARNING" : "GOOD_PRACTICE";
            int a = r.nextInt(agencyCodes.size());
            int b = (a + 1 + r.nextInt(agencyCodes.size() - 1)) % agencyCodes.size();
            List<String> agencies = List.of(agencyCodes.get(a), agencyCodes.get(b));
            boolean scr = r.nextInt(10) < 6;
            String reviewType = scr ? "SCR" : REVIEW_TYPES.get(r.nextInt(REVIEW_TYPES.size()));
            return new Planned(n, stage, referredAt, purpose, "national.referrer." + (n % 400), agencies.get(0),
                    agencies, scr, reviewType, r.nextBoolean());
        }

        /** Numbers per year from the real counter rows, locked as {@code CaseReferences} locks them; oldest first. */
        private void allocateReferences(List<Planned> cases) {
            Map<Integer, List<Planned>> byYear = new TreeMap<>();
            cases.stream().sorted(Comparator.comparing(Planned::referredAt))
                    .forEach(c -> byYear.computeIfAbsent(c.referredAt().atZone(WorkingDays.UK).getYear(), y -> new ArrayList<>()).add(c));
            for (Map.Entry<Integer, List<Planned>> e : byYear.entrySet()) {
                int year = e.getKey();
                Integer last = lockCounter(year);
                if (last == null) {
                    lockCounter(0);
                    last = lockCounter(year);
                    if (last == null) {
                        jdbc.update("insert into case_reference_counter (counter_year, last_number) values (?, 0)", year);
                        last = 0;
                    }
                }
                for (Planned c : e.getValue()) {
                    c.reference = CaseReference.of(year, ++last).value();
                }
                jdbc.update("update case_reference_counter set last_number = ? where counter_year = ?", last, year);
            }
        }

        private Integer lockCounter(int year) {
            List<Integer> rows = jdbc.queryForList("select last_number from case_reference_counter where counter_year = ? for update",
                    Integer.class, year);
            return rows.isEmpty() ? null : rows.get(0);
        }

        // ---- processes -------------------------------------------------------------------------------

        private void startProcesses(List<Planned> cases) {
            for (Planned c : cases) {
                String activity = switch (c.stage()) {
                    case TRIAGE, NOTIFICATION -> "Task_TriageReferral";
                    case AGENCY_INFORMATION -> "Task_ProvideAgencySummary#multiInstanceBody";
                    case SCREENING -> c.recommendStep() ? "Task_RecommendToChair" : "Task_ScreenAgainstCriteria";
                    case DECISION -> "Task_RecordScrDecision";
                    case REVIEW -> "CallActivity_Review";
                    case PUBLICATION -> "CallActivity_Publication";
                    case CLOSED -> history ? "EndEvent_ClosedWithLearning" : null;
                    case MERGED -> history ? "EndEvent_ReferralMerged" : null;
                    case PUBLISHED -> history ? "EndEvent_ReviewPublished" : null;
                    case RAPID_REVIEW -> throw new IllegalStateException("The seed has no case on the 2018 route");
                };
                if (activity != null) {
                    runtime.createProcessInstanceByKey("case-review").businessKey(c.reference)
                            .setVariables(variables(c)).startBeforeActivity(activity).execute();
                }
            }
        }

        private static Map<String, Object> variables(Planned c) {
            Map<String, Object> v = new HashMap<>();
            v.put(ProcessVariables.CASE_REFERENCE, c.reference);
            v.put(ProcessVariables.REFERRER, c.referrer());
            v.put(ProcessVariables.REFERRER_AGENCY, "NATIONAL");
            v.put(ProcessVariables.DECISION_DUE, java.util.Date.from(c.decisionDue()));
            if (c.triaged()) {
                v.put(ProcessVariables.TRIAGE_OUTCOME, "ACCEPTED");
                v.put(ProcessVariables.INFORMATION_ROUND, 1);
                v.put(ProcessVariables.AGENCIES, new ArrayList<>(c.agencies()));
            }
            if (c.screened()) {
                boolean met = c.criteriaMet();
                v.put(ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, true);
                v.put(ProcessVariables.CHILD_DIED, false);
                v.put(ProcessVariables.CHILD_SERIOUSLY_HARMED, met);
                v.put(ProcessVariables.DEFINITIVE_EVIDENCE_NO_CONCERN, false);
                v.put(ProcessVariables.DIED_IN_CUSTODY_OR_DETENTION, false);
                v.put(ProcessVariables.DIED_DEPRIVED_OF_LIBERTY_MCA, false);
                v.put(ProcessVariables.CRITERIA_RESULT, met ? "MET" : "NOT_MET");
            }
            if (c.reviewCommissioned()) {
                v.put(ProcessVariables.DECISION_OPTION, c.scr() ? "INITIATE_SCR" : "OTHER_REVIEW");
                v.put(ProcessVariables.REVIEW_COMMISSIONED, true);
                v.put(ProcessVariables.REVIEW_TYPE, c.reviewType());
            }
            if (c.reviewDone()) {
                v.put(ProcessVariables.FAMILY_INVOLVEMENT, false);
                v.put(ProcessVariables.LEAD_REVIEWER, reviewerOf(c));
                v.put(ProcessVariables.QA_OUTCOME, "ACCEPTED");
            }
            return v;
        }

        private static String reviewerOf(Planned c) {
            return "national.reviewer." + (c.n() % 60);
        }

        // ---- domain rows -----------------------------------------------------------------------------

        private void writeDomainRows(List<Planned> cases) {
            batch("insert into case_file (reference, stage, stage_changed_at, created_at, purpose, merged_into) values (?, ?, ?, ?, ?, ?)",
                    cases, c -> new Object[] {c.reference, c.stage().name(), ts(stageChangedAt(c)), ts(c.referredAt()), c.purpose(),
                            c.stage() == Stage.MERGED ? mergeTarget(c, cases) : null});
            batch("insert into referral (case_reference, submitted_by, submitted_at, referrer_name, referrer_agency_code, referrer_role,"
                            + " referrer_phone, referrer_email, dsl_consulted, purpose, criteria_believed, narrative, inter_agency_concerns, key_dates)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    cases, c -> new Object[] {c.reference, c.referrer(), ts(c.referredAt()), "Seed Referrer " + (c.n() % 400),
                            c.referrerAgency(), "Designated safeguarding lead", "01632 960 000", MARK, true, c.purpose(),
                            c.criteriaMet() ? "ABUSE_OR_NEGLECT,SERIOUS_HARM" : "ABUSE_OR_NEGLECT",
                            "Fictional seeded case " + c.n() + ". The child was taken to hospital; agencies each held some concerns.",
                            "Concerns held by one agency were not known to the others.",
                            "Seeded key date " + LocalDate.ofInstant(c.referredAt(), ZoneOffset.UTC)});
            Map<String, Long> referralIds = ids("referral", "case_reference", cases);
            batch("insert into referral_child (referral_id, item_index, full_name, date_of_birth, date_of_death, date_of_incident, address,"
                            + " postcode, ethnicity, child_protection_plan, open_to_social_care, whereabouts, carer)"
                            + " values (?, 0, ?, ?, null, ?, ?, ?, 'Not known', 'NEVER', 'yes', 'At home', 'Parent')",
                    cases, c -> {
                        LocalDate incident = LocalDate.ofInstant(c.referredAt(), ZoneOffset.UTC).minusDays(7);
                        return new Object[] {referralIds.get(c.reference), "Seed Child " + c.n(),
                                incident.minusYears(1 + c.n() % 15).minusDays(c.n() % 300), incident, "1 Example Street\nNorthtown", "NT1 1AA"};
                    });
            List<Object[]> agencyRows = new ArrayList<>();
            List<Object[]> processRows = new ArrayList<>();
            for (Planned c : cases) {
                long id = referralIds.get(c.reference);
                for (int i = 0; i < c.agencies().size(); i++) {
                    agencyRows.add(new Object[] {id, i, c.agencies().get(i), i == 0 ? "Safeguarding lead" : "Caseworker", true});
                }
                String[] kinds = {"POLICE_INVESTIGATION", "CRIMINAL_PROCEEDINGS", "INQUEST", "CHILD_DEATH_REVIEW", "DOMESTIC_HOMICIDE_REVIEW"};
                for (int i = 0; i < kinds.length; i++) {
                    processRows.add(new Object[] {id, i, kinds[i], i == 0 && c.n() % 3 == 0 ? "OPEN" : "NONE"});
                }
            }
            rows("insert into referral_agency (referral_id, item_index, agency_code, contact_role, still_involved) values (?, ?, ?, ?, ?)", agencyRows);
            rows("insert into referral_parallel_process (referral_id, item_index, kind, status) values (?, ?, ?, ?)", processRows);

            batch("insert into triage (case_reference, outcome, complete, in_area, duplicate_of, questions_for_referrer, notes, triaged_by, triaged_at)"
                            + " values (?, ?, true, true, ?, null, null, ?, ?)",
                    only(cases, Planned::triaged), c -> new Object[] {c.reference, c.stage() == Stage.MERGED ? "MERGED" : "ACCEPTED",
                            c.stage() == Stage.MERGED ? mergeTarget(c, cases) : null, COORDINATOR.userId(), ts(c.triagedAt())});

            List<Planned> requested = only(cases, Planned::requested);
            batch("insert into information_request (case_reference, round_number, note, requested_by, requested_at, due_at)"
                            + " values (?, 1, 'Please send a summary of your involvement and a chronology.', ?, ?, ?)",
                    requested, c -> new Object[] {c.reference, COORDINATOR.userId(), ts(c.requestedAt()), ts(c.requestedAt().plus(14, ChronoUnit.DAYS))});
            Map<String, Long> requestIds = ids("information_request", "case_reference", requested);
            List<Object[]> requestAgencies = new ArrayList<>();
            List<Object[]> summaries = new ArrayList<>();
            for (Planned c : requested) {
                for (int i = 0; i < c.agencies().size(); i++) {
                    requestAgencies.add(new Object[] {requestIds.get(c.reference), i, c.agencies().get(i)});
                    if (c.summarised()) {
                        summaries.add(new Object[] {c.reference, c.agencies().get(i), "Known to the agency for some months (fictional).",
                                "Seeded chronology: first contact, then attendance at hospital.", "seed.agency." + c.agencies().get(i).toLowerCase(),
                                ts(c.at(10 + i))});
                    }
                }
            }
            rows("insert into information_request_agency (request_id, position, agency_code) values (?, ?, ?)", requestAgencies);
            rows("insert into agency_summary (case_reference, round_number, agency_code, involvement_summary, chronology, files_secured,"
                    + " working_together_concerns, concerns_details, submitted_by, submitted_at) values (?, 1, ?, ?, ?, true, false, null, ?, ?)", summaries);

            batch("insert into screening (case_reference, abuse_or_neglect_known_or_suspected, child_died, child_seriously_harmed,"
                            + " definitive_evidence_no_concern, died_in_custody_or_detention, died_deprived_of_liberty_mca, learning_notes, screened_by,"
                            + " screened_at, criteria_result, criteria_reason, rule_id, decision_key, decision_version, decision_version_tag, evaluated_at)"
                            + " values (?, true, false, ?, false, false, false, ?, ?, ?, ?, ?, ?, 'scr-criteria', 1, 'lscb-2006-reg5-v1', ?)",
                    only(cases, Planned::screened), c -> new Object[] {c.reference, c.criteriaMet(),
                            "Information held by one agency was not shared with the others.", MEMBER.userId(), ts(c.screenedAt()),
                            c.criteriaMet() ? "MET" : "NOT_MET", c.criteriaMet() ? REASON_MET : REASON_NOT_MET,
                            c.criteriaMet() ? "Rule_SeriousHarmWithConcern" : "Rule_NoDeathOrSeriousHarm", ts(c.screenedAt())});
            batch("insert into recommendation (case_reference, recommendation, recommended_review_type, rationale, likely_learning,"
                            + " parallel_processes, impact, recommended_by, recommended_at) values (?, ?, null, ?, ?, null, ?, ?, ?)",
                    only(cases, Planned::recommended), c -> new Object[] {c.reference, c.criteriaMet() ? "INITIATE_SCR" : "NO_REVIEW",
                            c.criteriaMet() ? "The statutory criteria are met." : "The child was not seriously harmed.",
                            "How concerns are shared between agencies.", "The family will be told of the decision by the social worker.",
                            MEMBER.userId(), ts(c.recommendedAt())});
            batch("insert into scr_decision (case_reference, decision_option, review_type, no_review_follow_up, rationale, criteria_result,"
                            + " criteria_set, criteria_version, criteria_version_tag, departs_from_criteria, departure_reason, decided_by, decided_at,"
                            + " decision_due, within_deadline) values (?, ?, ?, ?, ?, ?, 'scr-criteria', 1, 'lscb-2006-reg5-v1', ?, ?, ?, ?, ?, true)",
                    only(cases, Planned::decided), c -> {
                        boolean review = c.reviewCommissioned();
                        boolean departs = review && !c.scr();
                        return new Object[] {c.reference, !review ? "NO_REVIEW" : c.scr() ? "INITIATE_SCR" : "OTHER_REVIEW",
                                review ? c.reviewType() : null, review ? null : "DISSEMINATE_LEARNING",
                                !review ? "The criteria are not met; the learning will be shared through a briefing to agencies."
                                        : c.scr() ? "The statutory criteria are met." : "A lesser review will draw the learning more quickly.",
                                c.criteriaMet() ? "MET" : "NOT_MET", departs,
                                departs ? "The agencies have already acted; a lesser review is proportionate." : null,
                                CHAIR.userId(), ts(c.decidedAt()), ts(c.decisionDue())};
                    });
            writeReviews(only(cases, Planned::reviewDone));
            writePublications(only(cases, c -> c.stage() == Stage.PUBLISHED));
        }

        private void writeReviews(List<Planned> cases) {
            batch("insert into review (row_version, case_reference, review_type, status, started_at, completed_at, period_from, period_to,"
                            + " key_lines_of_enquiry, methodology, other_methodology, family_involvement_planned, lead_reviewer, board_meeting_date,"
                            + " board_response, signed_off_by, signed_off_at) values (?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, 'LEARNING_TOGETHER', null,"
                            + " false, ?, ?, ?, ?, ?)",
                    cases, c -> {
                        LocalDate incident = LocalDate.ofInstant(c.referredAt(), ZoneOffset.UTC);
                        Instant signed = c.reviewCompletedAt().minus(5, ChronoUnit.DAYS);
                        return new Object[] {c.scr() ? 7 : 5, c.reference, c.reviewType(), ts(c.reviewStartedAt()), ts(c.reviewCompletedAt()),
                                incident.minusMonths(18), incident, "How did agencies share what they knew about the child's injuries?",
                                reviewerOf(c), c.scr() ? LocalDate.ofInstant(signed, ZoneOffset.UTC) : null,
                                c.scr() ? "The board accepts the findings and will monitor the action plan at every quarterly meeting." : null,
                                c.scr() ? CHAIR.userId() : null, c.scr() ? ts(signed) : null};
                    });
            Map<String, Long> reviewIds = ids("review", "case_reference", cases);
            List<Object[]> reports = new ArrayList<>();
            for (Planned c : cases) {
                if (c.scr()) {
                    for (String agency : c.agencies()) {
                        reports.add(new Object[] {reviewIds.get(c.reference), agency, "Two contacts with the family (fictional).",
                                "Concerns were recorded but not passed on.", "Share concerns early.", "seed.agency." + agency.toLowerCase(),
                                ts(c.at(120))});
                    }
                }
            }
            rows("insert into review_agency_report (review_id, agency_code, involvement_summary, analysis, learning, recommendations,"
                    + " files_secured, submitted_by, submitted_at) values (?, ?, ?, ?, ?, null, true, ?, ?)", reports);
            batch("insert into review_report_draft (review_id, version_number, summary_of_findings, changes_since_last, submitted_by, submitted_at)"
                            + " values (?, 1, ?, null, ?, ?)",
                    cases, c -> new Object[] {reviewIds.get(c.reference),
                            "Each agency held part of the picture; nobody put it together until the child was taken to hospital.",
                            reviewerOf(c), ts(c.at(180))});
            batch("insert into review_qa_round (review_id, round_number, draft_version, outcome, comments, assured_by, assured_at)"
                            + " values (?, 1, 1, 'ACCEPTED', null, ?, ?)",
                    cases, c -> new Object[] {reviewIds.get(c.reference), MEMBER.userId(), ts(c.at(195))});
            batch("insert into review_action_item (review_id, item_number, recommendation, scope, owner_agency, due_date, status)"
                            + " values (?, 1, ?, 'MULTI_AGENCY', ?, ?, ?)",
                    cases, c -> {
                        LocalDate due = LocalDate.ofInstant(c.reviewCompletedAt(), ZoneOffset.UTC).plusMonths(12);
                        return new Object[] {reviewIds.get(c.reference), "Agree a protocol for sharing concerns between agencies.",
                                c.agencies().get(0), due, due.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC)) ? "COMPLETED" : "OPEN"};
                    });
        }

        private void writePublications(List<Planned> cases) {
            batch("insert into publication_pack (row_version, case_reference, review_type, status, proceedings_open, check_rounds,"
                            + " briefing_version, publish_not_before, decision_comments, decided_by, published_at, override_reason, overridden_by,"
                            + " overridden_round, last_checked_at) values (5, ?, ?, 'PUBLISHED', false, 1, 1, ?, null, ?, ?, null, null, 0, ?)",
                    cases, c -> new Object[] {c.reference, c.reviewType(), ts(c.publishedAt().minus(3, ChronoUnit.DAYS)), CHAIR.userId(),
                            ts(c.publishedAt()), ts(c.publishedAt().minus(12, ChronoUnit.DAYS))});
            Map<String, Long> packIds = ids("publication_pack", "case_reference", cases);
            List<Object[]> texts = new ArrayList<>();
            List<Object[]> briefings = new ArrayList<>();
            for (Planned c : cases) {
                Map<String, String> pack = packTexts(c);
                pack.forEach((key, value) -> texts.add(new Object[] {packIds.get(c.reference), key, value}));
                briefings.add(new Object[] {c.reference, ts(c.publishedAt().minus(11, ChronoUnit.DAYS)), briefingJson(c, pack)});
            }
            rows("insert into publication_pack_text (pack_id, field_key, text_value) values (?, ?, ?)", texts);
            rows("insert into publication_briefing (case_reference, version_number, generated_at, content_json) values (?, 1, ?, ?)", briefings);
        }

        private static Map<String, String> packTexts(Planned c) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("pseudonym", "Child " + pseudonym(c.n()));
            p.put("briefing1Background", "A fictional child was taken to hospital. Several agencies had each seen signs of concern before.");
            p.put("briefing2WhyItMatters", "Each agency held part of the picture. Put together, the concerns would have led to action sooner.");
            p.put("briefing3Heading", "Sharing concerns");
            p.put("briefing3Text", "Concerns were recorded in each agency's own system but were not shared.");
            p.put("briefing4Heading", "Professional curiosity");
            p.put("briefing4Text", "Explanations were accepted without being checked against what others knew.");
            p.put("briefing5Heading", "The child's lived experience");
            p.put("briefing5Text", "No record described a day in the child's life; the child's voice was missing.");
            p.put("briefing6ThingsToRemember", "Small concerns add up. Ask, record and share.");
            p.put("briefing7Actions", "Discuss this briefing in your next team meeting.");
            p.put("reflectiveQuestion1", "What are your key thoughts from this briefing?");
            p.put("reflectiveQuestion2", "How will the learning be embedded, and how will you know?");
            p.put("reflectiveQuestion3", "How does it feed into your team's improvement plan?");
            p.put("themes", THEMES.get(c.n() % THEMES.size()) + ", " + THEMES.get((c.n() / 7 + 3) % THEMES.size()));
            p.put("catalogueSummary", "A fictional seeded review of how agencies shared concerns about a child.");
            p.put("catalogueLearning", "Small concerns held by separate agencies must be shared so that the whole picture is seen.");
            p.put("catalogueRecommendations", "A multi-agency protocol for sharing concerns.");
            p.put("catalogueMethodology", "SCIE Learning Together systems methodology.");
            return p;
        }

        /** Like the real briefing version: the review type, then every text but the catalogue's. */
        private static String briefingJson(Planned c, Map<String, String> pack) {
            StringBuilder json = new StringBuilder("{\"reviewType\":").append(quote(c.reviewType()));
            pack.forEach((key, value) -> {
                if (!key.startsWith("catalogue") && !key.equals("themes")) {
                    json.append(',').append(quote(key)).append(':').append(quote(value));
                }
            });
            return json.append('}').toString();
        }

        private static String quote(String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }

        /** "A".."Z", "AA".. — the letters a board gives its children in published reviews. */
        private static String pseudonym(int n) {
            StringBuilder s = new StringBuilder();
            for (int k = n; k > 0; k = (k - 1) / 26) {
                s.insert(0, (char) ('A' + (k - 1) % 26));
            }
            return s.toString();
        }

        private Instant stageChangedAt(Planned c) {
            return switch (c.stage()) {
                case TRIAGE, NOTIFICATION -> c.referredAt();
                case AGENCY_INFORMATION -> c.requestedAt();
                case SCREENING -> c.recommendStep() ? c.screenedAt() : c.at(12);
                case DECISION -> c.recommendedAt();
                case REVIEW -> c.decidedAt();
                case PUBLICATION -> c.reviewCompletedAt();
                case PUBLISHED -> c.publishedAt();
                case CLOSED -> c.decidedAt();
                case MERGED -> c.triagedAt();
                case RAPID_REVIEW -> throw new IllegalStateException("The seed has no case on the 2018 route");
            };
        }

        /**
         * A merged referral names another case of the same chunk: an open one when the chunk has one (as
         * triage merges a duplicate into the open case), else any case that is not itself merged.
         */
        private static String mergeTarget(Planned c, List<Planned> chunk) {
            return chunk.stream().filter(o -> OPEN.contains(o.stage())).findFirst()
                    .or(() -> chunk.stream().filter(o -> o.stage() != Stage.MERGED && o != c).findFirst()).map(o -> o.reference)
                    .orElseThrow(() -> new IllegalStateException("a chunk of merged cases only"));
        }

        // ---- trail -----------------------------------------------------------------------------------

        /** The stage tracker's milestones, through the real chain. Flushes and clears JPA every 100 cases. */
        private void appendTrail(List<Planned> cases) {
            EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(entities);
            int i = 0;
            for (Planned c : cases) {
                CaseReference ref = new CaseReference(c.reference);
                trail.append(ref, Actor.agencyUser(c.referrer(), c.referrerAgency()), TrailAction.REFERRAL_SUBMITTED,
                        "purpose=" + c.purpose() + " children=1 familyMembers=0 agencies=" + c.agencies().size());
                if (c.triaged()) {
                    trail.append(ref, COORDINATOR, TrailAction.TASK_COMPLETED, "Task_TriageReferral triageOutcome="
                            + (c.stage() == Stage.MERGED ? "MERGED" : "ACCEPTED"));
                    if (c.stage() != Stage.MERGED) {
                        trail.append(ref, COORDINATOR, TrailAction.REFERRAL_ACCEPTED, "complete and in area");
                    }
                }
                if (c.recommended()) {
                    trail.append(ref, MEMBER, TrailAction.TASK_COMPLETED, "Task_RecommendToChair");
                    trail.append(ref, MEMBER, TrailAction.RECOMMENDATION_MADE, c.scr() ? "INITIATE_SCR" : "OTHER_REVIEW");
                }
                if (c.decided()) {
                    trail.append(ref, CHAIR, TrailAction.TASK_COMPLETED, "Task_RecordScrDecision decision "
                            + (c.reviewCommissioned() ? (c.scr() ? "INITIATE_SCR" : "OTHER_REVIEW") + " review " + c.reviewType() : "NO_REVIEW"));
                    if (c.reviewCommissioned()) {
                        trail.append(ref, CHAIR, TrailAction.REVIEW_COMMISSIONED, String.valueOf(c.reviewType()));
                    }
                }
                if (c.reviewDone()) {
                    trail.append(ref, COORDINATOR, TrailAction.TASK_COMPLETED, "Task_AgreeActionPlan");
                    trail.append(ref, COORDINATOR, TrailAction.ACTION_PLAN_AGREED, "action plan");
                }
                if (++i % 100 == 0 && em != null) {
                    em.flush();
                    em.clear();
                }
            }
        }

        // ---- JDBC helpers ----------------------------------------------------------------------------

        private void batch(String sql, List<Planned> cases, Function<Planned, Object[]> row) {
            rows(sql, cases.stream().map(row).toList());
        }

        private void rows(String sql, List<Object[]> rows) {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
            }
        }

        /** Generated ids by case reference, read back after a batch insert (one query, both databases). */
        private Map<String, Long> ids(String table, String referenceColumn, List<Planned> cases) {
            Map<String, Long> ids = new HashMap<>();
            if (cases.isEmpty()) {
                return ids;
            }
            String marks = String.join(",", Collections.nCopies(cases.size(), "?"));
            jdbc.query("select " + referenceColumn + ", id from " + table + " where " + referenceColumn + " in (" + marks + ")",
                    rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }, cases.stream().map(c -> (Object) c.reference).toArray());
            return ids;
        }

        private static List<Planned> only(List<Planned> cases, java.util.function.Predicate<Planned> which) {
            return cases.stream().filter(which).toList();
        }

        private static OffsetDateTime ts(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
    }

    // ---- sanity check ----------------------------------------------------------------------------------

    /**
     * Starts the app (demo profile; {@code postgres} as second argument for the embedded PostgreSQL),
     * seeds up to {@code args[0]} cases (500 by default; {@code 10000,50000} seeds up to each in turn), seeds again to check nothing is added, then signs in
     * over HTTP and opens the work queues, the case list by stage, a case page per stage and the public
     * pages, printing status and time. Exits 1 when any page is not 200 or lacks the reference.
     */
    public static void main(String[] args) throws Exception {
        List<Integer> totals = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).map(Integer::valueOf).toList() : List.of(500);
        int total = totals.get(totals.size() - 1);
        boolean postgres = args.length > 1 && args[1].equals("postgres");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        String profiles;
        if (postgres) {
            profiles = "postgres,demo";
            arguments.add("--spring.datasource.url=" + EmbeddedPostgresServer.newDatabase("seed"));
            arguments.add("--spring.datasource.username=" + EmbeddedPostgresServer.USER);
            arguments.add("--spring.datasource.password=" + EmbeddedPostgresServer.PASSWORD);
        } else {
            profiles = "demo";
            Path dir = Files.createTempDirectory("national-seed");
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("practice-review")
                    + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE");
        }
        int failures;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticeReviewApplication.class)
                .profiles(profiles.split(",")).run(arguments.toArray(String[]::new))) {
            if (postgres) {
                EmbeddedPostgresServer.usedBy(app);
            }
            for (int upTo : totals) {
                Report report = seedUpTo(app, upTo);
                System.out.printf("SEEDED %,d cases (now %,d) in %,d ms on %s; by stage %s%n", report.casesAdded(), report.totalSeeded(),
                        report.took().toMillis(), postgres ? "PostgreSQL" : "H2", report.byStage());
            }
            Report again = seedUpTo(app, total);
            System.out.printf("AGAIN up to %,d: added %d (expected 0)%n", total, again.casesAdded());
            failures = again.casesAdded() == 0 ? 0 : 1;
            long verifying = System.nanoTime();
            var verification = app.getBean(Trail.class).verify();
            System.out.printf("Trail: %s (%,d ms)%n", verification.intact() ? "intact, " + verification.eventsChecked() + " events"
                    : "BROKEN " + verification.problem(), Duration.ofNanos(System.nanoTime() - verifying).toMillis());
            failures += verification.intact() ? 0 : 1;
            failures += pages(app, sampleReferences(app));
        }
        System.out.println(failures == 0 ? "SANITY CHECK PASSED" : "SANITY CHECK FAILED: " + failures);
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int pages(ConfigurableApplicationContext app, Map<Stage, String> samples) throws Exception {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        System.out.println("Samples: " + samples);
        int failures = 0;
        Browser anonymous = new Browser(base);
        String published = samples.get(Stage.PUBLISHED);
        failures += anonymous.check("/learning-from-reviews", published);
        failures += anonymous.check("/learning-from-reviews/" + published, published);
        Map<String, String> queues = Map.of("demo.coordinator", "Triage referral", "demo.member", "Screen against criteria",
                "demo.chair", "Record SCR decision");
        for (Map.Entry<String, String> queue : queues.entrySet()) {
            Browser b = new Browser(base);
            b.signIn(queue.getKey());
            failures += b.check("/tasks", queue.getValue());
        }
        Browser coordinator = new Browser(base);
        coordinator.signIn("demo.coordinator");
        failures += coordinator.check("/cases", "PR-");
        for (Map.Entry<Stage, String> e : samples.entrySet()) {
            failures += coordinator.check("/cases?stage=" + e.getKey().name(), e.getValue());
        }
        failures += coordinator.check("/cases?purpose=GOOD_PRACTICE", "PR-");
        failures += coordinator.check("/cases?overdue=yes", "Cases");
        failures += coordinator.check("/dashboard", "Dashboard");
        failures += coordinator.check("/cases?reference=" + samples.get(Stage.CLOSED), samples.get(Stage.CLOSED));
        TaskService tasks = app.getBean(TaskService.class);
        for (String ref : samples.values()) {
            failures += coordinator.check("/cases/" + ref, ref);
            // An open case shows the real task it waits at.
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(ref).list()) {
                failures += coordinator.check("/cases/" + ref, task.getName());
            }
        }
        // The task pages, with the brief beside each form, as the benchmark's task page row opens them.
        for (TaskPage task : TaskPage.ofSamples(base, app, samples.values())) {
            failures += opens(task);
        }
        return failures;
    }

    /** 1 when the task's page does not answer 200 naming the task. */
    private static int opens(TaskPage task) {
        long start = System.nanoTime();
        try {
            task.open();
            System.out.printf("OK   200 %6d ms  /tasks/%s  [shows \"%s\"]%n",
                    Duration.ofNanos(System.nanoTime() - start).toMillis(), task.taskId(), task.taskName());
            return 0;
        } catch (Exception e) {
            System.out.printf("FAIL /tasks/%s  %s%n", task.taskId(), e.getMessage());
            return 1;
        }
    }

    /**
     * A signed-in (or anonymous) visitor with its own cookies. Kept by hand: the session cookie is
     * {@code Secure}, which {@code java.net.CookieManager} would never send back over plain HTTP on localhost.
     */
    private static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
        private final String base;
        private final HttpClient http;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Browser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            return response;
        }

        void signIn(String user) throws Exception {
            String form = get("/sign-in").body();
            Matcher m = CSRF.matcher(form);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            String body = "username=" + enc(user) + "&password=" + enc("practice-review-demo") + "&_csrf=" + enc(token);
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || !location.endsWith("/home")) {
                throw new IllegalStateException("sign-in as " + user + " failed: " + r.statusCode() + " " + location);
            }
        }

        /** Warm-up request, then a timed one; 1 when the page is not 200 or does not show {@code expected}. */
        int check(String path, String expected) throws Exception {
            get(path);
            long start = System.nanoTime();
            HttpResponse<String> r = get(path);
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            boolean ok = r.statusCode() == 200 && expected != null && r.body().contains(expected);
            System.out.printf("%s %3d %6d ms  %s  [shows \"%s\"]%n", ok ? "OK  " : "FAIL", r.statusCode(), ms, path, expected);
            return ok ? 0 : 1;
        }

        private HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
