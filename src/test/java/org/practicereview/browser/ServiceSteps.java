package org.practicereview.browser;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.practicereview.browser.CaseSteps.Step;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.UserTasks;
import org.springframework.context.ApplicationContext;

/**
 * Takes a case to where a scenario starts in a second, not minutes: each earlier step done through the
 * services its page calls ({@link UserTasks#complete}), as the same demo user, with the same answers.
 */
final class ServiceSteps {

    private final Users users;
    private final ReferralService referrals;
    private final TaskInbox inbox;
    private final UserTasks tasks;
    private final RuntimeService runtime;
    private final ManagementService management;

    ServiceSteps(ApplicationContext context) {
        this.users = context.getBean(Users.class);
        this.referrals = context.getBean(ReferralService.class);
        this.inbox = context.getBean(TaskInbox.class);
        this.tasks = context.getBean(UserTasks.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
    }

    /** The health agency's referral about this child, as the referral pages send it. */
    CaseReference refer(String childName) {
        Map<String, Object> sections = new LinkedHashMap<>(CaseSteps.referral(childName));
        Map<String, Object> aboutYou = new LinkedHashMap<>(CaseSteps.aboutYou());
        aboutYou.put("agencyCode", "NHT");
        sections.put("referral-about-you", aboutYou);
        return referrals.submitDirect(actor(CaseSteps.HEALTH), sections).reference();
    }

    @SafeVarargs
    final void take(CaseReference ref, List<Step>... stages) {
        for (List<Step> stage : stages) {
            stage.forEach(step -> take(ref, step));
        }
    }

    void take(CaseReference ref, Step step) {
        Actor actor = actor(step.user());
        var task = inbox.forCase(actor, ref).stream().filter(t -> t.taskDefinitionKey().equals(step.taskKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException(step.taskKey() + " is not open for " + step.user() + " on " + ref));
        tasks.complete(task.id(), actor, step.values());
    }

    /**
     * The week's notice to the national panel has passed: the engine's clock moves on and the test
     * stands in for the job executor (EngineClockReset puts the clock back after the test).
     */
    void noticePeriodPasses(CaseReference ref) {
        daysPass(ref, 10);
    }

    /** As {@link #noticePeriodPasses}, by as many days as a wait needs (a local review's is 7 working days after its report). */
    void daysPass(CaseReference ref, int days) {
        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(days))));
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).list().forEach(p ->
                management.createJobQuery().processInstanceId(p.getId()).timers().executable().list()
                        .forEach(job -> management.executeJob(job.getId())));
    }

    private Actor actor(String username) {
        return users.find(username).orElseThrow().actor();
    }
}
