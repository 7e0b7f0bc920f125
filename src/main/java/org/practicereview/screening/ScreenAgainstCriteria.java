package org.practicereview.screening;

import java.time.Clock;
import java.util.Map;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** A PRG member records the facts against the statutory criteria; they become the decision table's inputs. */
@Component
class ScreenAgainstCriteria implements UserTaskHandler {

    static final String FORM = "screen-against-criteria";

    private final Screenings screenings;
    private final Clock clock;

    ScreenAgainstCriteria(Screenings screenings, Clock clock) {
        this.screenings = screenings;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_ScreenAgainstCriteria";
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        CriteriaFacts facts = CriteriaFacts.from(name -> "yes".equals(values.requiredText(name)));
        screenings.save(Screening.recordFacts(task.caseReference(), facts, values.requiredText("learningNotes"),
                task.actor(), clock.instant()));
        return facts.toVariables();
    }
}
