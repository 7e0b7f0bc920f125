package org.practicereview.workflow;

import java.util.Map;
import java.util.Optional;

/**
 * Every user task of {@code processes/} and its deadline, in one place: the clock its due date comes
 * from, or, where no clock applies, the reason in plain words. Due dates written in the diagram
 * ({@code camunda:dueDate}) are listed with {@link Source#DIAGRAM}; the others are set in Java when the
 * task is created ({@link TaskDueDates}), so the diagrams stay free of them.
 */
public final class TaskDeadlines {

    /** Where a task's due date comes from. */
    public enum Source {
        /** {@code camunda:dueDate} on the task in the diagram. */
        DIAGRAM,
        /** The review's six-month target, the date of its escalation timer. */
        REVIEW_TARGET,
        /** No clock applies: {@link Deadline#words()} says why. */
        NONE
    }

    /** A task's deadline: its source and, in words, what the date is (or why there is none). */
    public record Deadline(Source source, String words) {

        public boolean hasClock() {
            return source != Source.NONE;
        }
    }

    private static Deadline target(String step) {
        return new Deadline(Source.DIAGRAM, "the board's target for " + step);
    }

    private static final Deadline REVIEW = new Deadline(Source.REVIEW_TARGET,
            "the review's six-month target");

    static final Map<String, Deadline> DEADLINES = Map.ofEntries(
            Map.entry("Task_TriageReferral", target("triage")),
            Map.entry("Task_ProvideMoreInformation", new Deadline(Source.DIAGRAM,
                    "the board's target for the referring agency's answer")),
            Map.entry("Task_RequestAgencyInformation", target("requesting agency information")),
            Map.entry("Task_ProvideAgencySummary", new Deadline(Source.DIAGRAM, "10 working days from the request")),
            Map.entry("Task_ScreenAgainstCriteria", target("screening")),
            Map.entry("Task_RecommendToChair", target("the recommendation")),
            Map.entry("Task_RecordScrDecision", new Deadline(Source.DIAGRAM, "one month from the referral")),
            Map.entry("Task_CompleteFollowUpAction", new Deadline(Source.DIAGRAM, "the date set for this follow-up action")),
            Map.entry("Task_AgreeTermsOfReference", REVIEW),
            Map.entry("Task_AppointLeadReviewer", REVIEW),
            Map.entry("Task_SubmitAgencyReport", new Deadline(Source.DIAGRAM, "20 working days from the request")),
            Map.entry("Task_RecordFamilyInvolvement", REVIEW),
            Map.entry("Task_DraftReport", REVIEW),
            Map.entry("Task_QualityAssureReport", REVIEW),
            Map.entry("Task_BoardSignOff", REVIEW),
            Map.entry("Task_AgreeActionPlan", REVIEW),
            Map.entry("Task_PreparePublicationPack", new Deadline(Source.DIAGRAM,
                    "the board's publication target, counted from the board's sign-off")),
            Map.entry("Task_ResolveAnonymisationFindings", new Deadline(Source.DIAGRAM,
                    "the board's publication target, counted from the board's sign-off")),
            Map.entry("Task_RecordAwareness", new Deadline(Source.DIAGRAM,
                    "one working day from the serious incident's referral")),
            Map.entry("Task_NotifyPanel", new Deadline(Source.DIAGRAM,
                    "5 working days from the day the local authority became aware (Children Act 2004, s.16C)")),
            Map.entry("Task_ApprovePublication", new Deadline(Source.DIAGRAM,
                    "the board's publication target, counted from the end of the notice period")),
            Map.entry("Task_RecordRapidReview", new Deadline(Source.DIAGRAM,
                    "15 working days from the day the board's setting names; 5 working days when it comes back after that")),
            Map.entry("Task_ApproveRapidReview", new Deadline(Source.DIAGRAM,
                    "the rapid review's 15 working days, and at least 2 working days to answer")),
            Map.entry("Task_RecordPanelResponse", new Deadline(Source.DIAGRAM,
                    "15 working days from sending the rapid review to the national panel")));

    private TaskDeadlines() {
    }

    /** The deadline of a user task, by its BPMN id; empty for a task no diagram has. */
    public static Optional<Deadline> of(String taskDefinitionKey) {
        return Optional.ofNullable(DEADLINES.get(taskDefinitionKey));
    }

    /** What a task without a due date says instead: the reason, or that none is set where a clock should be. */
    public static String withoutDueDate(String taskDefinitionKey) {
        return of(taskDefinitionKey).filter(d -> !d.hasClock()).map(Deadline::words).orElse("No due date");
    }

    /** What the due date of a task is, said after it ("Due 4 January 2027 (the review's six-month target)"). */
    public static Optional<String> basis(String taskDefinitionKey) {
        return of(taskDefinitionKey).filter(Deadline::hasClock).map(Deadline::words);
    }
}
