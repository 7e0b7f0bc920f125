package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.practicereview.screening.CaseUnderReview.CHAIR;
import static org.practicereview.screening.CaseUnderReview.COORDINATOR;
import static org.practicereview.workflow.ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED;
import static org.practicereview.workflow.ProcessVariables.CHILD_DIED;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.screening.CaseReviewIntegrationTest;
import org.practicereview.screening.CaseUnderReview;
import org.practicereview.screening.CaseUnderReview.Started;
import org.practicereview.screening.CriteriaResult;
import org.practicereview.screening.Screenings;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

@CaseReviewIntegrationTest
class DecisionIntegrationTests {

    static final String[] TABLES = {"scr_decision", "notification", "form_submission", "trail_event", "follow_up_action"};
    static final String PANEL = "national.panel@example.org";
    static final String OFSTED = "ofsted.notifications@example.org";
    static final String BOARD = "board.members@example.org";

    @Autowired CaseUnderReview cases;
    @Autowired Decisions decisions;
    @Autowired Notifications notifications;
    @Autowired Trail trail;
    @Autowired WorkingDays workingDays;
    @Autowired HistoryService history;
    @Autowired Screenings screenings;

    @Test
    void initiatingAnScrCommissionsItAndTellsTheReferrerBoardPanelAndOfsted() {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);

        decide(c, Map.of("decisionOption", "INITIATE_SCR"));

        assertThat(variables(c)).containsExactly("INITIATE_SCR", true, "SCR");
        assertThat(recipients(c, NotificationKind.DECISION_NOTICE)).containsExactly(CaseUnderReview.REFERRER_EMAIL, BOARD);
        assertThat(recipients(c, NotificationKind.SCR_INITIATED_NOTICE)).containsExactly(PANEL, OFSTED);
        assertThat(recipients(c, NotificationKind.SCR_NOT_INITIATED_NOTICE)).isEmpty();
        assertThat(notifications.forCase(c.ref())).allSatisfy(n ->
                assertThat(n.body()).contains(c.ref().value()).doesNotContain(CaseUnderReview.CHILD_NAME));
        assertThat(cases.tasks(c, "Task_AgreeTermsOfReference")).hasSize(1);
    }

    @Test
    void decisionRecordsTheCriteriaSetVersionWhoAndTheDeadline() {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);

        decide(c, Map.of("decisionOption", "INITIATE_SCR"));

        RecordedDecision d = decisions.latest(c.ref()).orElseThrow();
        assertThat(d.criteriaResult()).isEqualTo(CriteriaResult.MET);
        assertThat(d.criteriaSet()).isEqualTo("scr-criteria");
        assertThat(d.criteriaVersion()).isPositive();
        assertThat(d.criteriaVersionTag()).isEqualTo("lscb-2006-reg5-v1");
        assertThat(d.decidedBy()).isEqualTo("chair1");
        assertThat(d.decisionDue()).isEqualTo(workingDays.dueInMonths(1).toInstant());
        assertThat(d.withinDeadline()).isTrue();
        assertThat(d.departsFromCriteria()).isFalse();
    }

    @Test
    void anotherReviewWhenCriteriaAreNotMetTellsThePanelWhyWithin14Days() {
        Started c = cases.atChairsDecision();

        decide(c, Map.of("decisionOption", "OTHER_REVIEW", "reviewType", "LEARNING"));

        assertThat(variables(c)).containsExactly("OTHER_REVIEW", true, "LEARNING");
        Notification notice = single(c, NotificationKind.SCR_NOT_INITIATED_NOTICE);
        assertThat(notice.recipient()).isEqualTo(PANEL);
        assertThat(notice.dueBy()).isEqualTo(workingDays.dueInCalendarDays(14).toInstant());
        assertThat(notice.body()).contains(c.ref().value(), "NOT_MET", "Rule_NoAbuseOrNeglect", "(lscb-2006-reg5-v1)",
                "Abuse or neglect known or suspected: no", "Alternative review commissioned: learning review.");
        assertThat(recipients(c, NotificationKind.SCR_INITIATED_NOTICE)).isEmpty();
    }

    @Test
    void noReviewClosesTheCaseOnceItsFollowUpActionIsDoneWithEvidence() {
        Started c = cases.atChairsDecision();

        decide(c, withFollowUp(Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", List.of("DISSEMINATE_LEARNING"))));

        assertThat(variables(c)).containsExactly("NO_REVIEW", false, null);
        assertThat(recipients(c, NotificationKind.SCR_NOT_INITIATED_NOTICE)).containsExactly(PANEL);
        assertThat(closed(c)).as("not closed while the follow-up is open").isZero();
        assertThat(cases.tasks(c, "Task_CompleteFollowUpAction")).hasSize(1);
        assertThat(trail.forCase(c.ref())).filteredOn(e -> e.is(TrailAction.FOLLOW_UP_ACTION_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("Share the learning", "A briefing to every partner", "Health service"));

        cases.complete(c, "Task_CompleteFollowUpAction", COORDINATOR, Map.of("evidence", "Briefing sent to every partner's leads"));

        assertThat(closed(c)).isEqualTo(1);
        assertThat(trail.forCase(c.ref())).filteredOn(e -> e.is(TrailAction.FOLLOW_UP_ACTION_COMPLETED)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("Briefing sent to every partner's leads"));
    }

    @Test
    void noReviewWithoutWhatForWhomAndByWhenIsRefusedAllAtOnceAndWritesNothing() {
        Started c = cases.atChairsDecision();
        Map<String, Long> before = cases.rowCounts(TABLES);

        InvalidSubmissionException refused = catchThrowableOfType(InvalidSubmissionException.class, () ->
                decide(c, Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", List.of("IMMEDIATE_ACTION"),
                        "immediateActionDue", "2020-01-01")));

        assertThat(refused.errors()).extracting(FieldError::field)
                .containsExactly("immediateAction", "immediateActionFor", "immediateActionDue");
        assertThat(cases.rowCounts(TABLES)).isEqualTo(before);
        assertThat(cases.tasks(c, "Task_RecordScrDecision")).hasSize(1);
    }

    private long closed(Started c) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(c.processInstanceId())
                .activityId("EndEvent_ClosedWithLearning").count();
    }

    private static Map<String, Object> withFollowUp(Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("learningToShare", "A briefing to every partner agency on missed appointments");
        all.put("learningToShareFor", "HEALTH");
        all.put("learningToShareDue", java.time.LocalDate.now().plusYears(1).toString());
        all.put("immediateAction", "Health to check the child's siblings are registered with a GP");
        all.put("immediateActionFor", "HEALTH");
        all.put("immediateActionDue", java.time.LocalDate.now().plusYears(1).toString());
        return all;
    }

    @Test
    void deferringReturnsToAgencyInformationWithoutNotices() {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);

        decide(c, Map.of("decisionOption", "DEFER"));

        assertThat(variables(c)).containsExactly("DEFER", false, null);
        assertThat(cases.tasks(c, "Task_RequestAgencyInformation")).hasSize(1);
        assertThat(recipients(c, NotificationKind.DECISION_NOTICE)).isEmpty();
        cases.requestInformation(c, "HEALTH");
        assertThat(cases.variable(c, ProcessVariables.INFORMATION_ROUND)).isEqualTo(2);
    }

    @Test
    void aScreeningAfterADeferralRecordsTheRuleOfItsOwnEvaluation() {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);
        decide(c, Map.of("decisionOption", "DEFER"));
        cases.requestInformation(c, "HEALTH");
        cases.answer(c, "HEALTH");

        cases.screen(c);

        var second = screenings.latest(c.ref()).orElseThrow();
        assertThat(second.result()).isEqualTo(CriteriaResult.NOT_MET);
        assertThat(second.ruleId()).isEqualTo("Rule_NoAbuseOrNeglect");
        assertThat(cases.variable(c, ProcessVariables.CRITERIA_RESULT)).isEqualTo("NOT_MET");
    }

    @Test
    void departingFromMetCriteriaWithoutAReasonIsRefusedAndWritesNothing() {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);
        Map<String, Long> before = cases.rowCounts(TABLES);

        InvalidSubmissionException refused = catchThrowableOfType(InvalidSubmissionException.class, () ->
                decide(c, withFollowUp(Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", List.of("IMMEDIATE_ACTION")))));

        assertThat(refused.errors()).containsExactly(
                new FieldError("departureReason", "Enter why your decision departs from the criteria result"));
        assertThat(cases.rowCounts(TABLES)).isEqualTo(before);
        assertThat(cases.tasks(c, "Task_RecordScrDecision")).hasSize(1);
    }

    @Test
    void departingFromTheCriteriaIsFlaggedInTheTrail() {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);

        decide(c, withFollowUp(Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", List.of("IMMEDIATE_ACTION"),
                "departureReason", "Parallel inquiry already covers the learning")));

        assertThat(trail.forCase(c.ref())).filteredOn(e -> e.is(TrailAction.DECISION_DEPARTS_FROM_CRITERIA))
                .extracting(TrailEntry::actor, TrailEntry::role).containsExactly(org.assertj.core.groups.Tuple.tuple("chair1", "CHAIR"));
        assertThat(decisions.latest(c.ref()).orElseThrow().departsFromCriteria()).isTrue();
        assertThat(single(c, NotificationKind.SCR_NOT_INITIATED_NOTICE).body()).contains("departs from the criteria result");
    }

    @Test
    void initiatingAnScrWhenCriteriaAreNotMetIsADeparture() {
        Started c = cases.atChairsDecision();

        decide(c, Map.of("decisionOption", "INITIATE_SCR", "departureReason", "Significant multi-agency learning"));

        assertThat(decisions.latest(c.ref()).orElseThrow().departsFromCriteria()).isTrue();
        assertThat(trail.forCase(c.ref())).extracting(TrailEntry::kind).contains(TrailAction.DECISION_DEPARTS_FROM_CRITERIA);
    }

    @Test
    void refusesAnotherReviewWithoutItsTypeAndNoReviewWithoutItsFollowUp() {
        Started c = cases.atChairsDecision();

        assertThat(catchThrowableOfType(InvalidSubmissionException.class,
                () -> decide(c, Map.of("decisionOption", "OTHER_REVIEW"))).errors())
                .containsExactly(new FieldError("reviewType", "Select the type of review to commission"));
        assertThat(catchThrowableOfType(InvalidSubmissionException.class,
                () -> decide(c, Map.of("decisionOption", "NO_REVIEW"))).errors())
                .containsExactly(new FieldError("noReviewFollowUp", "Select what follows the decision not to review"));
        assertThat(decisions.latest(c.ref())).isEmpty();
    }

    @Test
    void anOverdueDecisionIsEscalatedToTheChairAndTheCoordinator() {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);

        cases.fire(cases.timer(c, "BoundaryEvent_DecisionOverdue"));

        assertThat(recipients(c, NotificationKind.DECISION_OVERDUE)).containsExactly("independent.chair@example.org", "business.unit@example.org");
        assertThat(cases.tasks(c, "Task_RecordScrDecision")).hasSize(1);
        assertThat(trail.forCase(c.ref())).extracting(TrailEntry::kind).contains(TrailAction.DECISION_OVERDUE_ESCALATED);
    }

    private void decide(Started c, Map<String, Object> values) {
        Map<String, Object> submitted = new HashMap<>(values);
        submitted.put("rationale", "Considered the PRG recommendation and the agency summaries");
        cases.complete(c, "Task_RecordScrDecision", CHAIR, submitted);
    }

    private List<Object> variables(Started c) {
        return java.util.Arrays.asList(cases.variable(c, ProcessVariables.DECISION_OPTION),
                cases.variable(c, ProcessVariables.REVIEW_COMMISSIONED), cases.variable(c, ProcessVariables.REVIEW_TYPE));
    }

    private List<String> recipients(Started c, NotificationKind kind) {
        return notifications.forCase(c.ref()).stream().filter(n -> n.kind() == kind).map(Notification::recipient).toList();
    }

    private Notification single(Started c, NotificationKind kind) {
        List<Notification> found = notifications.forCase(c.ref()).stream().filter(n -> n.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
