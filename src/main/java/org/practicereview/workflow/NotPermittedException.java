package org.practicereview.workflow;

/** The actor may not act on this task or case. The web layer shows it as "not found". */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
