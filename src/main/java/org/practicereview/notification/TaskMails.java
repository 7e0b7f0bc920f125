package org.practicereview.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people of their tasks: waiting for them, due within a day, overdue. The assignee, or else each
 * member of the task's candidate groups, gets one mail per task and occasion, or a line in their
 * daily digest if they chose one ({@link MailPreferences}). Each (task, occasion) is claimed by a row
 * in {@code task_mail} before anything is queued, so two nodes never tell anyone twice.
 */
@Component
class TaskMails {

    static final Duration DUE_SOON = Duration.ofDays(1);
    static final Duration NEW_ENOUGH = Duration.ofDays(7);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Users users;
    private final Notifications notifications;
    private final MailPreferences preferences;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailSettings settings;
    private final TransactionTemplate transactions;

    TaskMails(TaskService tasks, RuntimeService runtime, Users users, Notifications notifications, MailPreferences preferences,
              JdbcClient jdbc, Clock clock, MailSettings settings, PlatformTransactionManager transactionManager) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.users = users;
        this.notifications = notifications;
        this.preferences = preferences;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${practice-review.mail.task-scan-interval:PT15M}", initialDelayString = "PT1M")
    void scan() {
        if (settings.taskMails()) {
            tellAboutTasks();
        }
    }

    /** Queues every task mail now due; returns how many (task, occasion) pairs were told. */
    int tellAboutTasks() {
        Instant now = clock.instant();
        int told = tell(tasks.createTaskQuery().active().taskCreatedAfter(Date.from(now.minus(NEW_ENOUGH))).list(),
                NotificationKind.TASK_WAITING);
        told += tell(tasks.createTaskQuery().active().dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(DUE_SOON))).list(),
                NotificationKind.TASK_DUE_SOON);
        told += tell(tasks.createTaskQuery().active().dueBefore(Date.from(now)).list(), NotificationKind.TASK_OVERDUE);
        return told;
    }

    private int tell(List<Task> found, NotificationKind occasion) {
        if (found.isEmpty()) {
            return 0;
        }
        Set<String> mailed = new java.util.HashSet<>();
        List<String> ids = found.stream().map(Task::getId).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            mailed.addAll(jdbc.sql("select task_id from task_mail where kind in (:kinds) and task_id in (:ids)").param("kinds", told(occasion))
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).query(String.class).list());
        }
        Map<String, String> cases = casesOf(found);
        int told = 0;
        for (Task task : found) {
            String ref = cases.get(task.getProcessInstanceId());
            if (!mailed.contains(task.getId()) && CaseReference.isValid(ref) && claim(task, occasion, ref)) {
                told++;
            }
        }
        return told;
    }

    /** The claims that mean people were told already: an agency's request stands for its task's "waiting" mail. */
    private static List<String> told(NotificationKind occasion) {
        if (occasion != NotificationKind.TASK_WAITING) {
            return List.of(occasion.name());
        }
        return java.util.Arrays.stream(NotificationKind.values()).filter(k -> k == occasion || k.asksAgency())
                .map(NotificationKind::name).toList();
    }

    /** One transaction per task: the claim row and the mails commit together, or neither. */
    private boolean claim(Task task, NotificationKind occasion, String ref) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("insert into task_mail (task_id, kind, mailed_at) values (?, ?, ?)")
                        .params(task.getId(), occasion.name(), java.sql.Timestamp.from(clock.instant())).update();
                for (String username : people(task)) {
                    tellOne(username, task, occasion, new CaseReference(ref));
                }
                return true;
            }));
        } catch (DuplicateKeyException anotherNodeTookIt) {
            return false;
        }
    }

    private void tellOne(String username, Task task, NotificationKind occasion, CaseReference ref) {
        String line = line(task, occasion, ref);
        if (preferences.wantsDigest(username)) {
            preferences.addToDigest(username, ref, line);
            return;
        }
        notifications.queue(ref, occasion, Recipients.user(username), subject(task, occasion, ref),
                line + "\n\nSign in to Practice Review to see your tasks.", null);
    }

    /** The assignee, or else every member of each candidate group and every candidate user: those with an address. */
    private Set<String> people(Task task) {
        Set<UserAccount> people = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            users.find(task.getAssignee()).ifPresent(people::add);
        } else {
            tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                    .forEach(l -> {
                        if (l.getUserId() != null) {
                            users.find(l.getUserId()).ifPresent(people::add);
                        } else if (l.getGroupId() != null) {
                            people.addAll(users.inGroup(l.getGroupId()));
                        }
                    });
        }
        return people.stream().filter(u -> u.enabled() && u.email() != null && !u.email().isBlank())
                .map(UserAccount::username).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String subject(Task task, NotificationKind occasion, CaseReference ref) {
        return switch (occasion) {
            case TASK_DUE_SOON -> "Due soon: " + task.getName() + ", case " + ref;
            case TASK_OVERDUE -> "Overdue: " + task.getName() + ", case " + ref;
            default -> "Task waiting: " + task.getName() + ", case " + ref;
        };
    }

    static String line(Task task, NotificationKind occasion, CaseReference ref) {
        String due = task.getDueDate() == null ? "" : " It is due by " + GovDates.time(task.getDueDate().toInstant()) + ".";
        return switch (occasion) {
            case TASK_DUE_SOON -> "The task " + task.getName() + " for case " + ref + " is due soon." + due;
            case TASK_OVERDUE -> "The task " + task.getName() + " for case " + ref + " is overdue." + due;
            default -> "The task " + task.getName() + " for case " + ref + " is waiting for you." + due;
        };
    }

    private Map<String, String> casesOf(List<Task> found) {
        Set<String> ids = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
    }
}
