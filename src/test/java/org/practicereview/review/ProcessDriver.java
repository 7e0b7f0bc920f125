package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.UserTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Drives real processes through the one completion path, and counts rows to show a refusal wrote nothing. */
@Component
public class ProcessDriver {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    public final RuntimeService runtime;
    public final TaskService tasks;
    public final ManagementService management;
    public final UserTasks userTasks;
    public final JdbcClient jdbc;

    public ProcessDriver(RuntimeService runtime, TaskService tasks, ManagementService management, UserTasks userTasks,
                         JdbcClient jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.userTasks = userTasks;
        this.jdbc = jdbc;
    }

    public static CaseReference newCase() {
        return CaseReference.of(2026, NEXT.incrementAndGet());
    }

    public String start(String processKey, CaseReference ref, Map<String, Object> variables) {
        Map<String, Object> vars = new java.util.HashMap<>(variables);
        vars.put("caseReference", ref.value());
        return runtime.startProcessInstanceByKey(processKey, ref.value(), vars).getId();
    }

    public Task task(CaseReference ref, String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(key).list();
        assertThat(open).as("open tasks " + key).hasSize(1);
        return open.get(0);
    }

    public List<Task> openTasks(CaseReference ref) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).list();
    }

    public List<String> openTaskKeys(CaseReference ref) {
        return openTasks(ref).stream().map(Task::getTaskDefinitionKey).sorted().toList();
    }

    public void complete(CaseReference ref, String key, Actor actor, Map<String, ?> values) {
        userTasks.complete(task(ref, key).getId(), actor, values);
    }

    public boolean isOpen(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() == 1;
    }

    public boolean ended(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    public Job timer(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
    }

    /** Rows of every table a task may write to, to prove a refusal wrote nothing. */
    public Map<String, Long> rowCounts(String... tables) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
