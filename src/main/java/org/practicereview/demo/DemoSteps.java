package org.practicereview.demo;

import static org.practicereview.demo.DemoReferrals.map;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.UserTasks;
import org.springframework.stereotype.Component;

/** Steps of the demo cases, each a task completed by the demo user whose role it is. */
@Component
class DemoSteps {

    private final Users users;
    private final TaskInbox inbox;
    private final UserTasks tasks;
    private final RuntimeService runtime;
    private final ManagementService management;

    DemoSteps(Users users, TaskInbox inbox, UserTasks tasks, RuntimeService runtime, ManagementService management) {
        this.users = users;
        this.inbox = inbox;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
    }

    void triageAndRequest(CaseReference ref) {
        complete(DemoUsers.COORDINATOR, ref, "Task_TriageReferral", map("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        complete(DemoUsers.COORDINATOR, ref, "Task_RequestAgencyInformation", map("agencies", List.of("NSP", "NHT"),
                "note", "Please send a summary of your involvement and a chronology."));
    }

    void agencySummary(CaseReference ref, String agencyUser) {
        complete(agencyUser, ref, "Task_ProvideAgencySummary", map("involvementSummary", "Known to the agency since 2025.",
                "chronology", "March 2026: first contact. June 2026: attended hospital.", "filesSecured", "yes",
                "workingTogetherConcerns", "no"));
    }

    void screen(CaseReference ref, boolean criteriaMet) {
        triageAndRequest(ref);
        agencySummary(ref, DemoUsers.AGENCY_POLICE);
        agencySummary(ref, DemoUsers.AGENCY_HEALTH);
        complete(DemoUsers.MEMBER, ref, "Task_ScreenAgainstCriteria", map("abuseOrNeglectKnownOrSuspected", "yes",
                "childDied", "no", "childSeriouslyHarmed", criteriaMet ? "yes" : "no", "definitiveEvidenceNoConcern", "no",
                "diedInCustodyOrDetention", "no", "diedDeprivedOfLibertyMca", "no",
                "learningNotes", "Information held by health was not shared with the police or the school."));
        complete(DemoUsers.MEMBER, ref, "Task_RecommendToChair", map("recommendation", criteriaMet ? "INITIATE_SCR" : "NO_REVIEW",
                "rationale", criteriaMet ? "The statutory criteria are met." : "The child was not seriously harmed.",
                "likelyLearning", "How concerns are shared between health and the police.",
                "impact", "The family will be told of the decision by the social worker."));
    }

    void decide(CaseReference ref, Map<String, ?> decision) {
        complete(DemoUsers.CHAIR, ref, "Task_RecordScrDecision", decision);
    }

    void followUpDone(CaseReference ref, String evidence) {
        complete(DemoUsers.COORDINATOR, ref, "Task_CompleteFollowUpAction", map("evidence", evidence));
    }

    void startReview(CaseReference ref) {
        complete(DemoUsers.MEMBER, ref, "Task_AgreeTermsOfReference", map("periodFrom", "2025-01-01", "periodTo", "2026-06-30",
                "keyLinesOfEnquiry", "How did agencies share what they knew about the child's injuries?",
                "methodology", "LEARNING_TOGETHER", "familyInvolvementPlanned", "no"));
        complete(DemoUsers.CHAIR, ref, "Task_AppointLeadReviewer", map("leadReviewer", DemoUsers.REVIEWER, "independenceConfirmed", "yes"));
    }

    void fullReview(CaseReference ref) {
        startReview(ref);
        for (String agency : List.of(DemoUsers.AGENCY_POLICE, DemoUsers.AGENCY_HEALTH)) {
            complete(agency, ref, "Task_SubmitAgencyReport", map("involvementSummary", "Two contacts with the family in 2026.",
                    "analysis", "Concerns were recorded but not passed on.", "learning", "Share concerns early.", "filesSecured", "yes"));
        }
        complete(DemoUsers.REVIEWER, ref, "Task_DraftReport", map("summaryOfFindings",
                "Each agency held part of the picture; nobody put it together until the child was taken to hospital."));
        complete(DemoUsers.MEMBER, ref, "Task_QualityAssureReport", map("qaOutcome", "ACCEPTED"));
        complete(DemoUsers.CHAIR, ref, "Task_BoardSignOff", map("meetingDate", today(), "boardResponse",
                "The board accepts the findings and will monitor the action plan at every quarterly meeting."));
        complete(DemoUsers.COORDINATOR, ref, "Task_AgreeActionPlan", map("item1Recommendation",
                "Agree a protocol for sharing health concerns with the police.", "item1Scope", "MULTI_AGENCY",
                "item1OwnerAgency", "NHT", "item1DueDate", "2027-06-30",
                "item2Recommendation", "Brief every response officer on the protocol.", "item2Scope", "SINGLE_AGENCY",
                "item2OwnerAgency", "NSP", "item2DueDate", "2027-09-30"));
    }

    void preparePack(CaseReference ref) {
        complete(DemoUsers.COORDINATOR, ref, "Task_PreparePublicationPack", DemoBriefing.pack());
    }

    /** Approves publication on the engine clock's day, which must be after the notice period the pack started. */
    void approveAndPublish(CaseReference ref) {
        // The notice period has passed: run its timer now rather than wait for the job executor.
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).list().forEach(p ->
                management.createJobQuery().processInstanceId(p.getId()).timers().list()
                        .forEach(job -> management.executeJob(job.getId())));
        complete(DemoUsers.CHAIR, ref, "Task_ApprovePublication", map("publicationApproved", "yes"));
    }

    /** Today by the engine's clock, which the published demo case moves back. */
    private static String today() {
        return java.time.LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
                org.practicereview.workflow.WorkingDays.UK).toString();
    }

    void complete(String username, CaseReference ref, String taskKey, Map<String, ?> values) {
        Actor actor = users.find(username).orElseThrow().actor();
        var task = inbox.forCase(actor, ref).stream().filter(t -> t.taskDefinitionKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo step " + taskKey + " is not open for " + username));
        tasks.complete(task.id(), actor, values);
    }
}
