package org.practicereview.processes;

import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import org.practicereview.workflow.WorkingDays;

/**
 * Stands in for the {@code followUps} bean the diagram asks for follow-up due dates: action "n" is due
 * n × 5 working days from now. Public, as the expression language calls it by reflection.
 */
public class FakeFollowUps {

    private final WorkingDays workingDays;

    FakeFollowUps(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public Date dueOf(Object actionId) {
        return workingDays.dueIn(Integer.parseInt(actionId.toString()) * 5);
    }

    public Date earliestDue(Collection<?> actionIds) {
        return actionIds.stream().map(this::dueOf).min(Comparator.naturalOrder()).orElseThrow();
    }
}
