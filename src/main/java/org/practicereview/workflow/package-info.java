/**
 * The engine's side of the application: working-day calendar, Camunda Forms and their server-side
 * validation, stored submissions, and the one path by which a user task is completed.
 * Other modules plug a {@link org.practicereview.workflow.UserTaskHandler} in for each of their tasks.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.practicereview.workflow;
