package org.practicereview.workflow;

/** The task was completed by someone else, or no longer exists; said plainly to the user. */
public class TaskNotAvailableException extends RuntimeException {

    public TaskNotAvailableException(String message) {
        super(message);
    }

    public static TaskNotAvailableException alreadyCompleted() {
        return new TaskNotAvailableException("This task has already been completed by someone else, or is no longer open.");
    }
}
