package org.practicereview.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The page of one open task of a seeded case, opened by the demo user of the role the task is offered
 * to: the form with the brief its decision needs beside it (the case file sections the task names).
 * Tasks offered to an agency or assigned to one lead reviewer are left out: no demo user of the seed
 * may open them.
 */
record TaskPage(AppClient client, String taskId, String taskName) {

    /** The demo user who opens the tasks offered to each group. */
    private static final Map<String, String> USERS = Map.of("PRG_COORDINATOR", "demo.coordinator",
            "PRG_MEMBER", "demo.member", "CHAIR", "demo.chair");

    /** Every open task of these cases that a demo user of its group may open, one signed-in client per user. */
    static List<TaskPage> ofSamples(String base, ConfigurableApplicationContext app, Collection<String> references)
            throws IOException, InterruptedException {
        TaskService tasks = app.getBean(TaskService.class);
        Map<String, AppClient> clients = new HashMap<>();
        List<TaskPage> pages = new ArrayList<>();
        for (String reference : references) {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
                Optional<String> user = userOf(tasks.getIdentityLinksForTask(task.getId()));
                if (user.isPresent()) {
                    AppClient client = clients.get(user.get());
                    if (client == null) {
                        client = AppClient.signedIn(base, user.get());
                        clients.put(user.get(), client);
                    }
                    pages.add(new TaskPage(client, task.getId(), task.getName()));
                }
            }
        }
        return pages;
    }

    private static Optional<String> userOf(List<IdentityLink> links) {
        return links.stream().map(IdentityLink::getGroupId).filter(USERS::containsKey).map(USERS::get).findFirst();
    }

    /** GETs the task's page; it must answer 200 and name the task. */
    void open() throws IOException, InterruptedException {
        client.page("/tasks/" + taskId, taskName);
    }
}
