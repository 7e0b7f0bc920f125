package org.practicereview.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.screening.CriteriaFacts;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.UserTasks;

/**
 * A real case from referral to the chair's decision, through every user task as its users would:
 * referral, a question to the referrer and its answer, triage, an agency's summary, screening, the
 * PRG's recommendation, and a decision that departs from the criteria.
 */
record CaseJourneyTrail(ReferralService referrals, UserTasks userTasks, TaskService tasks) {

    static final Actor SAM = Actor.agencyUser("sam.e2e", "NORTHSHIRE_HEALTH");
    static final Actor POLICE = Actor.agencyUser("police.e2e", "NORTHSHIRE_POLICE");
    static final Actor COORDINATOR = Actor.of("coord.e2e", Role.PRG_COORDINATOR);
    static final Actor MEMBER = Actor.of("prg.e2e", Role.PRG_MEMBER);
    static final Actor CHAIR = Actor.of("chair.e2e", Role.CHAIR);

    CaseReference toDecision() {
        CaseReference ref = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();
        complete(ref, "Task_TriageReferral", COORDINATOR, Map.of("complete", "no", "inArea", "yes", "outcome", "MORE_INFORMATION",
                "questionsForReferrer", "Which school does the child attend?"));
        complete(ref, "Task_ProvideMoreInformation", SAM, Map.of("information", "Northtown Primary School."));
        complete(ref, "Task_TriageReferral", COORDINATOR, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED",
                "notes", "Clear and complete."));
        complete(ref, "Task_RequestAgencyInformation", COORDINATOR, Map.of("agencies", List.of("NORTHSHIRE_POLICE")));
        complete(ref, "Task_ProvideAgencySummary", POLICE, Map.of("involvementSummary", "Two contacts with the family in 2026",
                "chronology", "2026-01-05 home visit", "filesSecured", "yes", "workingTogetherConcerns", "no"));
        Map<String, Object> facts = new HashMap<>();
        CriteriaFacts.NAMES.forEach(name -> facts.put(name, "no"));
        facts.put(ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, "yes");
        facts.put(ProcessVariables.CHILD_DIED, "yes");
        facts.put("learningNotes", "Information sharing between school and health");
        complete(ref, "Task_ScreenAgainstCriteria", MEMBER, facts);
        complete(ref, "Task_RecommendToChair", MEMBER, Map.of("recommendation", "INITIATE_SCR", "rationale", "Criteria considered",
                "likelyLearning", "Information sharing", "impact", "Family to be told"));
        complete(ref, "Task_RecordScrDecision", CHAIR, Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", List.of("IMMEDIATE_ACTION"),
                "departureReason", "Parallel inquiry already covers the learning",
                "rationale", "Considered the PRG recommendation and the agency summaries",
                "immediateAction", "Police to review the open missing-person reports", "immediateActionFor", "NORTHSHIRE_POLICE",
                "immediateActionDue", java.time.LocalDate.now().plusYears(1).toString()));
        return ref;
    }

    private void complete(CaseReference ref, String key, Actor actor, Map<String, ?> values) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new AssertionError("No open " + key + " for " + ref);
        }
        userTasks.complete(task.getId(), actor, values);
    }
}
