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

    private final ReferralService referrals;
    private final UserTasks userTasks;
    private final TaskService tasks;
    private final ManagementService management;

    MailCase(ApplicationContext context) {
        this.referrals = context.getBean(ReferralService.class);
        this.userTasks = context.getBean(UserTasks.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
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
