package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.Role;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No case stalls unseen: every wait in processes/ (each user task, receive task, catching event and
 * event-based gateway, found by reading the diagrams, so the list cannot drift) has a date people see,
 * a reminder or escalation, and a recorded way out. Any exception, with its reason, is here and nowhere
 * else; an exception that is no longer needed fails the test too.
 */
class WaitStatesTest {

    /** Waits allowed to lack a check, and why. Keys are BPMN ids. None is left; a new one needs its reason here. */
    static final Map<String, String> EXCEPTIONS = Map.of();

    /**
     * Messages a wait catches that are themselves its recorded way out: the coordinator sends them from the
     * case page, with the event in the trail. ProceedingsConcluded: "Record that parallel proceedings have
     * concluded" (/cases/{ref}/proceedings-concluded, PROCEEDINGS_CONCLUDED).
     */
    private static final Set<String> RECORDED_MESSAGES = Set.of("ProceedingsConcluded");

    /** Whose tasks the coordinator may hand to another person with the same role (TaskReassignments). */
    private static final Set<String> REASSIGNABLE_ASSIGNEES = Set.of("${leadReviewer}");

    /**
     * Candidate groups named by an expression whose values are roles the coordinator may reassign within: each of
     * the three safeguarding partners' approvals of a rapid review (${partnerRole} is one of Role.PARTNERS) and each
     * approval of publication (${approverRole}: the chair, or one of the partners, PublicationApprovers), which any
     * holder of that role (for a partner, the partner or a delegate the administrator gives the role) may take.
     */
    private static final Set<String> REASSIGNABLE_GROUP_EXPRESSIONS = Set.of("${partnerRole}", "${approverRole}");

    private static List<BpmnModelInstance> models;

    @BeforeAll
    static void readTheDiagrams() throws IOException {
        models = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:*.bpmn")) {
            try (InputStream in = r.getInputStream()) {
                models.add(Bpmn.readModelFromStream(in));
            }
        }
        assertThat(models).as("diagrams in processes/").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyWaitHasADateAReminderOrEscalationAndAWayOut() {
        Map<String, List<String>> missing = new TreeMap<>();
        for (FlowNode wait : waits()) {
            List<String> gaps = new ArrayList<>();
            if (!hasVisibleDate(wait)) {
                gaps.add("no date people see");
            }
            if (!isChased(wait)) {
                gaps.add("no reminder or escalation");
            }
            if (!hasWayOut(wait)) {
                gaps.add("no recorded way out");
            }
            if (!gaps.isEmpty() && !EXCEPTIONS.containsKey(wait.getId())) {
                missing.put(wait.getId(), gaps);
            }
        }
        assertThat(missing).as("waits without a date, a chase or a way out (add one, or an exception with its reason)").isEmpty();
    }

    @Test
    void everyExceptionIsAWaitThatStillNeedsIt() {
        List<String> needed = waits().stream()
                .filter(w -> !hasVisibleDate(w) || !isChased(w) || !hasWayOut(w)).map(FlowNode::getId).toList();
        assertThat(EXCEPTIONS.keySet()).as("exceptions that name no wait, or a wait that no longer needs one")
                .allMatch(needed::contains);
        assertThat(EXCEPTIONS.values()).allMatch(reason -> reason.length() > 40);
    }

    @Test
    void everyTimerIsADateOnTheCasePage() {
        List<String> timers = allOf(CatchEvent.class).filter(e -> has(e, TimerEventDefinition.class))
                .map(CatchEvent::getId).toList();
        assertThat(timers).isNotEmpty();
        assertThat(CaseClocks.CLOCKS.keySet()).as("timers the case page names").containsAll(timers);
    }

    @Test
    void publicationHeldForParallelProceedingsHasADateToCheckAgainAndTheCoordinatorsRecordOfTheirEnd() {
        FlowNode held = node("IntermediateCatchEvent_ProceedingsConcluded");
        assertThat(hasVisibleDate(held) && isChased(held) && hasWayOut(held)).isTrue();
        assertThat(boundaries(node("SubProcess_HeldForProceedings"))).extracting(BoundaryEvent::getId)
                .containsExactly("BoundaryEvent_ProceedingsCheckDue");
    }

    @Test
    void theAgencyReportRoundIsChasedAndCanBeClosedLikeTheSummaryRound() {
        FlowNode reports = node("Task_SubmitAgencyReport");
        assertThat(hasVisibleDate(reports) && isChased(reports) && hasWayOut(reports)).isTrue();
        assertThat(boundaries(reports)).extracting(BoundaryEvent::getId)
                .contains("BoundaryEvent_AgencyReportReminder", "BoundaryEvent_AgencyReportsOverdue", "BoundaryEvent_ReportRoundClosed");
    }

    private List<FlowNode> waits() {
        List<FlowNode> waits = Stream.of(UserTask.class, ReceiveTask.class, IntermediateCatchEvent.class, EventBasedGateway.class)
                .flatMap(this::allOf).map(FlowNode.class::cast).toList();
        assertThat(waits).hasSizeGreaterThan(15);
        return waits;
    }

    /** A due date shown in the task lists, or a timer on it or around it that the case page lists as a date. */
    private boolean hasVisibleDate(FlowNode wait) {
        if (wait instanceof UserTask task && task.getCamundaDueDate() != null) {
            return true;
        }
        if (wait instanceof IntermediateCatchEvent e && has(e, TimerEventDefinition.class)) {
            return CaseClocks.CLOCKS.containsKey(e.getId());
        }
        return scopesOf(wait).stream().flatMap(s -> boundaries(s).stream())
                .anyMatch(b -> has(b, TimerEventDefinition.class) && CaseClocks.CLOCKS.containsKey(b.getId()));
    }

    /** A timer boundary (reminder or escalation) on the wait or on a scope around it; a timer ends by itself. */
    private boolean isChased(FlowNode wait) {
        if (wait instanceof IntermediateCatchEvent e && has(e, TimerEventDefinition.class)) {
            return true;
        }
        return scopesOf(wait).stream().flatMap(s -> boundaries(s).stream()).anyMatch(b -> has(b, TimerEventDefinition.class));
    }

    /**
     * An interrupting message boundary the coordinator triggers (close the round) on the wait or around it;
     * a task of the board's own people, which the coordinator may reassign; or a timer, which ends by itself.
     */
    private boolean hasWayOut(FlowNode wait) {
        if (wait instanceof IntermediateCatchEvent e && (has(e, TimerEventDefinition.class) || recordedMessage(e))) {
            return true;
        }
        boolean closable = scopesOf(wait).stream().flatMap(s -> boundaries(s).stream())
                .anyMatch(b -> b.cancelActivity() && has(b, MessageEventDefinition.class));
        return closable || (wait instanceof UserTask task && reassignable(task));
    }

    private static boolean recordedMessage(CatchEvent event) {
        return event.getEventDefinitions().stream().filter(MessageEventDefinition.class::isInstance)
                .map(d -> ((MessageEventDefinition) d).getMessage())
                .anyMatch(m -> m != null && RECORDED_MESSAGES.contains(m.getName()));
    }

    private static boolean reassignable(UserTask task) {
        if (task.getCamundaAssignee() != null) {
            return REASSIGNABLE_ASSIGNEES.contains(task.getCamundaAssignee());
        }
        String groups = task.getCamundaCandidateGroups();
        return groups != null && Stream.of(groups.split(",")).map(String::strip)
                .allMatch(g -> boardRole(g) || REASSIGNABLE_GROUP_EXPRESSIONS.contains(g));
    }

    /** The board's own people and the safeguarding partners: the coordinator may give their tasks to another holder. */
    private static boolean boardRole(String group) {
        return Stream.concat(Stream.of(Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR), Role.PARTNERS.stream())
                .map(Role::name).anyMatch(group::equals);
    }

    /** The wait and every sub-process around it, innermost first. */
    private static List<FlowNode> scopesOf(FlowNode wait) {
        List<FlowNode> scopes = new ArrayList<>();
        scopes.add(wait);
        for (ModelElementInstance p = wait.getParentElement(); p instanceof SubProcess s; p = s.getParentElement()) {
            scopes.add(s);
        }
        return scopes;
    }

    private List<BoundaryEvent> boundaries(FlowNode node) {
        return allOf(BoundaryEvent.class).filter(b -> node.equals(b.getAttachedTo())).toList();
    }

    private FlowNode node(String id) {
        return allOf(FlowNode.class).filter(n -> n.getId().equals(id)).findFirst().orElseThrow();
    }

    private static boolean has(CatchEvent event, Class<? extends org.camunda.bpm.model.bpmn.instance.EventDefinition> kind) {
        return event.getEventDefinitions().stream().anyMatch(kind::isInstance);
    }

    private <T extends ModelElementInstance> Stream<T> allOf(Class<T> type) {
        return models.stream().map(m -> m.getModelElementsByType(type)).flatMap(Collection::stream);
    }
}
