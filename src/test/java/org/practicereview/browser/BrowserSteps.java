package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicereview.browser.CaseSteps.Step;
import org.practicereview.shared.CaseReference;

/** The steps of a case done in the browser, each by its person: signed in, from their task list, through the form. */
final class BrowserSteps {

    private final Browser browser;

    BrowserSteps(Browser browser) {
        this.browser = browser;
    }

    /** The health agency's user makes a referral about this child page by page; returns the reference on the confirmation. */
    CaseReference refer(String childName) {
        browser.as(CaseSteps.HEALTH, CaseSteps.PASSWORD);
        browser.open("/referrals/new");
        browser.press("Start now");
        String draft = browser.path();
        section(draft + "/about-you", CaseSteps.aboutYou());
        section(draft + "/children/new", CaseSteps.child(childName));
        section(draft + "/circumstances", CaseSteps.circumstances());
        section(draft + "/parallel-processes", CaseSteps.parallelProcesses());
        section(draft + "/purpose", Map.of("purpose", "SCR_CONSIDERATION"));
        browser.open(draft + "/check-answers");
        browser.press("Send referral");
        Matcher m = Pattern.compile("PR-\\d{4}-\\d{4}").matcher(browser.text());
        assertThat(m.find()).as("reference on the confirmation page").isTrue();
        return new CaseReference(m.group());
    }

    private void section(String path, Map<String, ?> values) {
        browser.open(path);
        browser.fill(values);
        browser.press("Continue");
    }

    @SafeVarargs
    final void take(CaseReference ref, List<Step>... stages) {
        for (List<Step> stage : stages) {
            stage.forEach(step -> take(ref, step));
        }
    }

    /** The step's person opens its task from their list, answers and completes it, and is told so. */
    void take(CaseReference ref, Step step) {
        open(ref, step);
        complete(ref, step);
    }

    /** The step's person opens its task from their task list, and reads it. */
    void open(CaseReference ref, Step step) {
        browser.as(step.user(), CaseSteps.PASSWORD);
        browser.open("/tasks");
        browser.clickLinkInRow(ref.value(), step.taskName());
        assertThat(browser.heading()).isEqualTo(step.taskName());
    }

    /** On the open task's page: answers and completes it, and is told so. */
    void complete(CaseReference ref, Step step) {
        browser.fill(step.values());
        browser.press("Complete task");
        assertThat(browser.text()).as("%s completed by %s", step.taskName(), step.user())
                .contains(step.taskName() + " completed for " + ref.value());
    }
}
