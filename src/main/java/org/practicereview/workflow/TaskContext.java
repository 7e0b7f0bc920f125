package org.practicereview.workflow;

import java.util.Date;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;

/** What a task handler knows about the task it completes. */
public record TaskContext(
        String taskId,
        String taskDefinitionKey,
        String taskName,
        String processInstanceId,
        String executionId,
        CaseReference caseReference,
        Actor actor,
        Date created,
        Date due) {}
