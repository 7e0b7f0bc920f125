package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.practicereview.workflow.TaskDeadlines.Deadline;
import org.practicereview.workflow.TaskDeadlines.Source;

/**
 * Every user task of every diagram in {@code processes/} has a deadline rule or a stated reason for
 * having none (issue 14, item 4), read from the diagrams so that a new task cannot be added without one.
 */
class TaskDeadlinesTest {

    /** Every user task of every diagram, by id, with the due date the diagram gives it (null when none). */
    private static Map<String, String> userTasks() throws IOException {
        Map<String, String> tasks = new TreeMap<>();
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                for (UserTask task : Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(UserTask.class)) {
                    tasks.put(task.getId(), task.getCamundaDueDate());
                }
            }
        }
        return tasks;
    }

    @Test
    void everyUserTaskInTheDiagramsHasADeadlineRuleOrAReasonForNone() throws IOException {
        Map<String, String> tasks = userTasks();

        assertThat(tasks).hasSizeGreaterThan(15);
        assertThat(TaskDeadlines.DEADLINES.keySet()).as("the tasks of processes/")
                .containsExactlyInAnyOrderElementsOf(tasks.keySet());
    }

    @Test
    void aDueDateIsListedAsTheDiagramsExactlyWhereTheDiagramSetsOne() throws IOException {
        userTasks().forEach((id, dueDate) -> assertThat(TaskDeadlines.DEADLINES.get(id).source() == Source.DIAGRAM)
                .as("%s has camunda:dueDate %s", id, dueDate).isEqualTo(dueDate != null));
    }

    @Test
    void theWordsArePlainAndATaskWithoutAClockSaysWhy() {
        for (Map.Entry<String, Deadline> e : TaskDeadlines.DEADLINES.entrySet()) {
            String words = e.getValue().words();
            assertThat(words).as(e.getKey()).doesNotContain("_", "Task", "P6M", "${").isNotBlank();
            if (e.getValue().hasClock()) {
                assertThat(TaskDeadlines.basis(e.getKey())).contains(words);
            } else {
                assertThat(words).as(e.getKey()).startsWith("No deadline: ").hasSizeGreaterThan(30);
                assertThat(TaskDeadlines.withoutDueDate(e.getKey())).isEqualTo(words);
            }
        }
        assertThat(TaskDeadlines.withoutDueDate("Task_TriageReferral"))
                .as("a task whose clock is not running says so plainly").isEqualTo("No due date");
    }
}
