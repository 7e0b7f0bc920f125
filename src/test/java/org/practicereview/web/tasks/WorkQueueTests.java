package org.practicereview.web.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.practicereview.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A work queue longer than a page: ordered by due date in the database (undated tasks after the dated
 * ones, then oldest first), paged 25 at a time with GOV.UK pagination, nothing lost or repeated
 * between pages. Before this, the queue read 500 tasks in no particular order and sorted only those.
 */
@IntegrationTest
class WorkQueueTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired TaskInbox inbox;
    @Autowired JdbcClient jdbc;

    String reviewer;
    List<String> datedSoonestFirst;
    List<String> undatedOldestFirst;

    /** 27 tasks with due dates created in shuffled order and 3 without, all assigned to one new reviewer. */
    @BeforeEach
    void queueOfThirty() {
        reviewer = "queue-reviewer-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        users.create(new NewUser(reviewer, "Test queue reviewer", reviewer + "@example.org", Set.of(Role.REVIEWER), null,
                "practice-review-test-password"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        Instant base = Instant.parse("2031-03-03T17:00:00Z");
        String[] byDue = new String[27];
        for (int i : order) {
            Task task = newTaskFor(reviewer);
            due(task, Date.from(base.plus(i, ChronoUnit.DAYS)));
            byDue[i] = task.getId();
        }
        datedSoonestFirst = List.of(byDue);
        undatedOldestFirst = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Task task = newTaskFor(reviewer);
            due(task, null);
            undatedOldestFirst.add(task.getId());
        }
    }

    /**
     * Sets a task's due date in the engine's table: the engine changes a case task only through the
     * application's task path (workflow.OneDoor), and no step of it sets an arbitrary due date.
     */
    private void due(Task task, Date due) {
        jdbc.sql("update ACT_RU_TASK set DUE_DATE_ = ? where ID_ = ?").param(due).param(task.getId()).update();
    }

    private Task newTaskFor(String assignee) {
        String reference = String.format("PR-2031-%06d", 100000 + NEXT.incrementAndGet() * 7 % 899999);
        String instance = runtime.createProcessInstanceByKey("case-review").businessKey(reference)
                .setVariable("caseReference", reference).setVariable("referrer", assignee)
                .setVariable("referrerAgency", "WORK-QUEUE-NONE")
                .startBeforeActivity("Task_ProvideMoreInformation").execute(true, true).getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        // As due dates above: the engine assigns a case task only through the application's task path.
        jdbc.sql("update ACT_RU_TASK set ASSIGNEE_ = ? where ID_ = ?").param(assignee).param(task.getId()).update();
        return tasks.createTaskQuery().taskId(task.getId()).singleResult();
    }

    @Test
    void pagesTheWholeQueueInDueOrderWithUndatedTasksLast() {
        Actor actor = actor();
        TaskInbox.QueuePage first = inbox.queue(actor, true, 1);
        TaskInbox.QueuePage second = inbox.queue(actor, true, 2);

        assertThat(first.total()).isEqualTo(30);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(ids(first)).containsExactlyElementsOf(datedSoonestFirst.subList(0, 25));
        List<String> rest = new ArrayList<>(datedSoonestFirst.subList(25, 27));
        rest.addAll(undatedOldestFirst);
        assertThat(ids(second)).containsExactlyElementsOf(rest);
        assertThat(inbox.queue(actor, true, 99).page()).as("past the end: the last page").isEqualTo(2);
    }

    @Test
    void latestFirstPutsUndatedTasksFirstThenTheLatestDue() {
        TaskInbox.QueuePage first = inbox.queue(actor(), false, 1);

        List<String> expected = new ArrayList<>(undatedOldestFirst);
        List<String> latest = new ArrayList<>(datedSoonestFirst);
        Collections.reverse(latest);
        expected.addAll(latest.subList(0, 22));
        assertThat(ids(first)).containsExactlyElementsOf(expected);
    }

    @Test
    void theQueuePageSaysHowManyAndLinksTheOtherPage() throws Exception {
        Document page1 = page("/tasks");
        assertThat(page1.select("#task-count").text()).isEqualTo("Showing 1 to 25 of 30 tasks");
        assertThat(page1.select("table tbody tr")).hasSize(25);
        assertThat(page1.select(".govuk-pagination__next a").attr("href")).isEqualTo("/tasks?sort=due&page=2");

        Document page2 = page("/tasks?sort=due&page=2");
        assertThat(page2.select("#task-count").text()).isEqualTo("Showing 26 to 30 of 30 tasks");
        assertThat(page2.select("table tbody tr")).hasSize(5);
        assertThat(page2.select(".govuk-pagination__prev a").attr("href")).isEqualTo("/tasks?sort=due");
        assertThat(page2.select(".govuk-pagination__item--current").text()).isEqualTo("2");
        assertThat(page2.select("table tbody tr").last().text()).contains("No due date");

        assertThat(page("/tasks?page=nonsense").select("#task-count").text()).startsWith("Showing 1 to 25");
    }

    /** Offered to the reviewer's role or to the reviewer by name, unassigned: in; offered to another role, or assigned to someone else: out. */
    @Test
    void candidateTasksOfThePersonAndTheirRolesAreInTheQueueAsTheEnginesOwnQueryFindsThem() {
        String forTheRole = candidate(openTask(), Role.REVIEWER.group(), null);
        String byName = candidate(openTask(), null, reviewer);
        candidate(openTask(), Role.CHAIR.group(), null);
        String takenByAnother = candidate(openTask(), Role.REVIEWER.group(), null);
        jdbc.sql("update ACT_RU_TASK set ASSIGNEE_ = 'someone.else' where ID_ = ?").param(takenByAnother).update();
        Actor actor = actor();

        List<String> queued = new ArrayList<>(ids(inbox.queue(actor, true, 1)));
        queued.addAll(ids(inbox.queue(actor, true, 2)));

        List<String> engines = tasks.createTaskQuery().active().or().taskAssignee(actor.userId()).taskCandidateUser(actor.userId())
                .taskCandidateGroupIn(new ArrayList<>(actor.groups())).endOr().list().stream().map(Task::getId).toList();
        // Offered to every reviewer: taken out of the other tests' queues, which share this class's data.
        jdbc.sql("delete from ACT_RU_IDENTITYLINK where TASK_ID_ in (?, ?)").params(forTheRole, takenByAnother).update();
        assertThat(queued).hasSize(32).contains(forTheRole, byName).doesNotContain(takenByAnother)
                .containsExactlyInAnyOrderElementsOf(engines);
    }

    /** The queue's statements on the engine's tables: its count, its page and its cases' references, however long it is. */
    @Test
    void aQueuePageTakesTheSameStatementsWhateverTheQueuesLength() {
        Actor actor = actor();
        long thirty = engineStatements(() -> inbox.queue(actor, true, 2));
        for (int i = 0; i < 30; i++) {
            newTaskFor(reviewer);
        }
        long sixty = engineStatements(() -> inbox.queue(actor, true, 2));

        assertThat(inbox.queue(actor, true, 2).total()).isEqualTo(60);
        assertThat(sixty).isEqualTo(thirty).isLessThanOrEqualTo(3);
    }

    /** Statements on the engine's tables while {@code action} runs, by H2's query statistics. */
    private long engineStatements(Runnable action) {
        Assumptions.assumeTrue(jdbc.sql("select count(*) from information_schema.tables where table_name = 'QUERY_STATISTICS'")
                .query(Long.class).single() > 0, "H2's query statistics");
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();
        action.run();
        long count = jdbc.sql("select coalesce(sum(execution_count), 0) from information_schema.query_statistics"
                + " where upper(sql_statement) like '%ACT\\_%' escape '\\' and sql_statement not like '%query_statistics%'")
                .query(Long.class).single();
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        return count;
    }

    /** A task of a new case, assigned to nobody and offered to nobody yet. */
    private Task openTask() {
        String reference = String.format("PR-2031-%06d", 100000 + NEXT.incrementAndGet() * 7 % 899999);
        String instance = runtime.createProcessInstanceByKey("case-review").businessKey(reference)
                .setVariable("caseReference", reference).setVariable("referrer", "nobody-" + NEXT.incrementAndGet())
                .setVariable("referrerAgency", "WORK-QUEUE-NONE")
                .startBeforeActivity("Task_ProvideMoreInformation").execute(true, true).getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        jdbc.sql("update ACT_RU_TASK set ASSIGNEE_ = null where ID_ = ?").param(task.getId()).update();
        jdbc.sql("delete from ACT_RU_IDENTITYLINK where TASK_ID_ = ?").param(task.getId()).update();
        return task;
    }

    /** Offers the task to a group or a person, in the engine's table, as the diagrams' candidate groups and users do. */
    private String candidate(Task task, String group, String user) {
        jdbc.sql("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_) values (?, 1, ?, 'candidate', ?, ?)")
                .params(java.util.UUID.randomUUID().toString(), group, user, task.getId()).update();
        return task.getId();
    }

    private Document page(String path) throws Exception {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(reviewer);
        String html = mvc.perform(get(path).with(authentication(new UsernamePasswordAuthenticationToken(user, null,
                user.getAuthorities())))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private Actor actor() {
        return users.find(reviewer).orElseThrow().actor();
    }

    private static List<String> ids(TaskInbox.QueuePage page) {
        return page.tasks().stream().map(TaskInbox.InboxTask::id).toList();
    }
}
