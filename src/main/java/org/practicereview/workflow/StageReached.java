package org.practicereview.workflow;

import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;

/** Published, inside the engine's transaction, when a case's process enters an activity that names a stage. */
public record StageReached(CaseReference caseReference, Stage stage, String activityId) {}
