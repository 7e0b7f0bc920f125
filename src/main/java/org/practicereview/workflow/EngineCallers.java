package org.practicereview.workflow;

/**
 * Who is calling the engine on this thread. The application's own paths say so: its pages and API
 * (marked by the web layer), the task path ({@link UserTasks}) and the few services that start a case.
 * Any other caller with a signed-in engine user (Camunda's webapps and their engine API) is held to
 * Camunda's authorizations, and nobody but the task path may complete, claim or assign a case task.
 */
public final class EngineCallers {

    private static final ThreadLocal<int[]> APPLICATION = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<int[]> TASK_PATH = ThreadLocal.withInitial(() -> new int[1]);

    private EngineCallers() {}

    /** A call the application makes, with its own access rules already applied. */
    public interface Call<E extends Exception> {
        void run() throws E;
    }

    /** Runs a call as the application's own: the application has checked who may do it. */
    public static <E extends Exception> void asApplication(Call<E> call) throws E {
        enter(APPLICATION);
        try {
            call.run();
        } finally {
            leave(APPLICATION);
        }
    }

    /** Marks the start of a request the application serves itself; pair with {@link #leaveApplication()}. */
    public static void enterApplication() {
        enter(APPLICATION);
    }

    public static void leaveApplication() {
        leave(APPLICATION);
    }

    static boolean isApplication() {
        return APPLICATION.get()[0] > 0 || onTaskPath();
    }

    /** Only {@link UserTasks} opens the door to a case task. */
    static void throughTaskPath(Runnable call) {
        enter(TASK_PATH);
        try {
            call.run();
        } finally {
            leave(TASK_PATH);
        }
    }

    static boolean onTaskPath() {
        return TASK_PATH.get()[0] > 0;
    }

    private static void enter(ThreadLocal<int[]> depth) {
        depth.get()[0]++;
    }

    private static void leave(ThreadLocal<int[]> depth) {
        if (--depth.get()[0] <= 0) {
            depth.remove();
        }
    }
}
