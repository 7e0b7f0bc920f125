package org.practicereview.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.UserTasks;
import org.springframework.context.ApplicationContext;

/** Cases driven through the task services as people would, far enough for each notice the processes send. */
final class MailCase {

    static final Actor REFERRER = Actor.agencyUser("mail.referrer", "NORTHSHIRE_HEALTH");
    static final Actor POLICE = Actor.agencyUser("mail.police", "NORTHSHIRE_POLICE");
    static final Actor HEALTH = Actor.agencyUser("mail.health", "NORTHSHIRE_HEALTH");
    static final Actor COORDINATOR = Actor.of("mail.coordinator", Role.PRG_COORDINATOR);
    static final Actor MEMBER = Actor.of("mail.member", Role.PRG_MEMBER);
    static final Actor CHAIR = Actor.of("mail.chair", Role.CHAIR);
    static final Actor REVIEWER = Actor.of("mail.reviewer", Role.REVIEWER);

    private final ReferralService referrals;
    private final UserTasks userTasks;
    private final TaskService tasks;
    private final ManagementService management;
    private final org.camunda.bpm.engine.RuntimeService runtime;

    MailCase(ApplicationContext context) {
        this.referrals = context.getBean(ReferralService.class);
        this.userTasks = context.getBean(UserTasks.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
    }

    CaseReference referral() {
        return referrals.submitDirect(REFERRER, ReferralExamples.wholeReferral()).reference();
    }

    void askTheReferrerForMore(CaseReference ref) {
        complete(ref, "Task_TriageReferral", COORDINATOR, Map.of("complete", "no", "inArea", "yes", "outcome", "MORE_INFORMATION",
                "questionsForReferrer", "When did the school last see the child?"));
    }

    /** Accepted at triage; the police and the health trust asked for information. */
    void atAgencyRound(CaseReference ref) {
        complete(ref, "Task_TriageReferral", COORDINATOR, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        complete(ref, "Task_RequestAgencyInformation", COORDINATOR,
                Map.of("agencies", List.of("NORTHSHIRE_POLICE", "NORTHSHIRE_HEALTH")));
    }

    /** Both agencies answered; screened as {@code seriouslyHarmed} says; recommended as the chair will decide. */
    void atChairsDecision(CaseReference ref, boolean seriouslyHarmed, String recommendation) {
        for (Actor agency : List.of(POLICE, HEALTH)) {
            complete(ref, "Task_ProvideAgencySummary", agency, Map.of("involvementSummary", "Two contacts in 2026",
                    "chronology", "2026-01-05 home visit", "filesSecured", "yes", "workingTogetherConcerns", "no"));
        }
        Map<String, Object> facts = new HashMap<>();
        for (String fact : List.of(ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, ProcessVariables.CHILD_DIED,
                ProcessVariables.CHILD_SERIOUSLY_HARMED, ProcessVariables.DEFINITIVE_EVIDENCE_NO_CONCERN,
                ProcessVariables.DIED_IN_CUSTODY_OR_DETENTION, ProcessVariables.DIED_DEPRIVED_OF_LIBERTY_MCA)) {
            facts.put(fact, "no");
        }
        facts.put(ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, "yes");
        facts.put(ProcessVariables.CHILD_SERIOUSLY_HARMED, seriouslyHarmed ? "yes" : "no");
        facts.put("learningNotes", "Information sharing between school and health");
        complete(ref, "Task_ScreenAgainstCriteria", MEMBER, facts);
        complete(ref, "Task_RecommendToChair", MEMBER, Map.of("recommendation", recommendation, "rationale",
                "As the criteria result says", "likelyLearning", "Information sharing", "impact", "None"));
    }

    void decide(CaseReference ref, Map<String, ?> decision) {
        complete(ref, "Task_RecordScrDecision", CHAIR, decision);
    }

    /** From the chair's decision to initiate an SCR to the agency report round: each agency asked for its report. */
    void atAgencyReports(CaseReference ref) {
        complete(ref, "Task_AgreeTermsOfReference", MEMBER, Map.of("periodFrom", "2024-01-01", "periodTo", "2026-01-31",
                "keyLinesOfEnquiry", "How did agencies share information?", "methodology", "LEARNING_TOGETHER",
                "familyInvolvementPlanned", "no"));
        complete(ref, "Task_AppointLeadReviewer", CHAIR, Map.of("leadReviewer", REVIEWER.userId(), "independenceConfirmed", "yes"));
    }

    /** The open task of this kind addressed to the agency. */
    String taskOf(CaseReference ref, String key, String agencyCode) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(key).list().stream()
                .filter(t -> tasks.getIdentityLinksForTask(t.getId()).stream().anyMatch(l -> Actor.agencyGroup(agencyCode).equals(l.getGroupId())))
                .findFirst().orElseThrow().getId();
    }

    /** From the chair's decision to initiate an SCR through the review, with its five- and six-month timers run. */
    void throughTheReview(CaseReference ref) {
        atAgencyReports(ref);
        fireTimers(ref, "BoundaryEvent_ReviewReminder", "BoundaryEvent_ReviewTargetMissed");
        for (Actor agency : List.of(POLICE, HEALTH)) {
            complete(ref, "Task_SubmitAgencyReport", agency, Map.of("involvementSummary", "Two contacts with the family in 2025.",
                    "analysis", "Concerns were not passed on.", "learning", "Share concerns early.", "filesSecured", "yes"));
        }
        complete(ref, "Task_DraftReport", REVIEWER, Map.of("summaryOfFindings",
                "Agencies held concerns about the child but did not share them with each other."));
        complete(ref, "Task_QualityAssureReport", MEMBER, Map.of("qaOutcome", "ACCEPTED"));
        complete(ref, "Task_BoardSignOff", CHAIR, Map.of("meetingDate", "2026-11-20", "boardResponse",
                "The board accepts the findings and will monitor the action plan every quarter."));
        complete(ref, "Task_AgreeActionPlan", COORDINATOR, Map.of("item1Recommendation", "Agree a joint protocol for sharing concerns.",
                "item1Scope", "MULTI_AGENCY", "item1OwnerAgency", "NORTHSHIRE_POLICE", "item1DueDate", "2027-06-30"));
    }

    /** The publication pack, proceedings concluded (the pre-publication notice), the notice period run, the chair's approval. */
    void throughPublication(CaseReference ref, Runnable proceedingsConcluded) {
        Map<String, Object> pack = new HashMap<>();
        pack.put("pseudonym", "Child Q");
        pack.put("reviewType", "SCR");
        pack.put("briefing1Background", "A young child was admitted to hospital with injuries.");
        pack.put("briefing2WhyItMatters", "Concerns held by separate agencies were never put together.");
        pack.put("briefing3Heading", "Sharing concerns");
        pack.put("briefing3Text", "Each agency held part of the picture.");
        pack.put("briefing4Heading", "Professional curiosity");
        pack.put("briefing4Text", "Explanations for injuries were accepted without challenge.");
        pack.put("briefing5Heading", "Hearing the child");
        pack.put("briefing5Text", "The child's daily life was not described in any record.");
        pack.put("briefing6ThingsToRemember", "Ask, record and share.");
        pack.put("briefing7Actions", "Use the escalation policy when concerns are not acted on.");
        pack.put("reflectiveQuestion1", "What are your key thoughts from this briefing?");
        pack.put("reflectiveQuestion2", "How will you embed the learning, and how will you know?");
        pack.put("reflectiveQuestion3", "How does this feed your team improvement plan?");
        pack.put("themes", "information sharing, professional curiosity");
        pack.put("catalogueSummary", "A review of how agencies shared concerns about a young child.");
        pack.put("catalogueLearning", "Concerns must be shared.");
        pack.put("catalogueRecommendations", "A joint protocol.");
        pack.put("catalogueMethodology", "Learning Together.");
        pack.put("proceedingsOpen", "yes");
        pack.put("checkProceedingsBy", java.time.LocalDate.now(org.practicereview.workflow.WorkingDays.UK).plusMonths(3).toString());
        pack.put("summaryOnly", "yes");
        pack.put("summaryOnlyReason", "The full report waits for the trial; a summary of the learning is published now.");
        complete(ref, "Task_PreparePublicationPack", COORDINATOR, pack);
        proceedingsConcluded.run();
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(10))));
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).timers().executable().list().stream())
                .forEach(job -> management.executeJob(job.getId()));
        complete(ref, "Task_ApprovePublication", CHAIR, Map.of("publicationApproved", "yes"));
    }

    /** Runs the timers of these boundary events now, as the job executor would on their dates. */
    void fireTimers(CaseReference ref, String... boundaryEvents) {
        for (String boundary : boundaryEvents) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).list().stream()
                    .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).timers().activityId(boundary).list().stream())
                    .forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Runs the timer on the given task now, as the job executor would on its due date. */
    void fireTimerOn(CaseReference ref, String activityId) {
        Job timer = management.createJobQuery().processInstanceId(tasks.createTaskQuery().processInstanceBusinessKey(ref.value())
                .taskDefinitionKey(activityId).list().get(0).getProcessInstanceId()).timers().activityId(boundaryOf(activityId))
                .list().get(0);
        management.executeJob(timer.getId());
    }

    private static String boundaryOf(String taskId) {
        return switch (taskId) {
            case "Task_ProvideAgencySummary" -> "BoundaryEvent_AgencySummaryReminder";
            case "Task_RecordScrDecision" -> "BoundaryEvent_DecisionOverdue";
            default -> throw new IllegalArgumentException(taskId);
        };
    }

    private void complete(CaseReference ref, String key, Actor actor, Map<String, ?> values) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(key)
                .list().stream().filter(t -> actor.agencyCode() == null
                        || tasks.getIdentityLinksForTask(t.getId()).stream().anyMatch(l -> Actor.agencyGroup(actor.agencyCode()).equals(l.getGroupId())))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + key + " for " + actor.userId())).getId();
        userTasks.complete(id, actor, values);
    }
}
