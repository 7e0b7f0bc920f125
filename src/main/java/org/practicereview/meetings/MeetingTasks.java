package org.practicereview.meetings;

import java.util.Optional;

/**
 * The PRG's tasks a meeting completes, by BPMN id: which answer is the outcome the minutes state (none
 * for screening, whose facts go to the decision table) and which is its rationale.
 */
enum MeetingTasks {
    SCREENING("Task_ScreenAgainstCriteria", null, "learningNotes", "Facts recorded against the statutory criteria"),
    RECOMMENDATION("Task_RecommendToChair", "recommendation", "rationale", null),
    QUALITY_ASSURANCE("Task_QualityAssureReport", "qaOutcome", "qaComments", null);

    final String taskKey;
    final String outcomeField;
    final String rationaleField;
    final String fixedOutcome;

    MeetingTasks(String taskKey, String outcomeField, String rationaleField, String fixedOutcome) {
        this.taskKey = taskKey;
        this.outcomeField = outcomeField;
        this.rationaleField = rationaleField;
        this.fixedOutcome = fixedOutcome;
    }

    static Optional<MeetingTasks> of(String taskKey) {
        for (MeetingTasks t : values()) {
            if (t.taskKey.equals(taskKey)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

}
