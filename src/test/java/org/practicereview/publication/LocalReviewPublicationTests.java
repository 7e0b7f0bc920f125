package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.practicereview.review.FormRules;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.WorkingDays;

/**
 * A local child safeguarding practice review is published no sooner than 7 working days after its final report went
 * to the national panel and the Secretary of State; the chair's approval before then is refused with the date.
 */
class LocalReviewPublicationTests {

    static final CaseReference CASE = CaseReference.of(2026, 9);
    /** Wednesday 25 November 2026, as the form rules' clock. */
    private final WorkingDays workingDays = new WorkingDays(Clock.fixed(FormRules.NOW, WorkingDays.UK));

    static Date uk(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, WorkingDays.UK).toInstant());
    }

    @Test
    void sentOnChristmasEvePublicationWaitsSevenWorkingDaysPastTheBankHolidays() {
        Date noticeEnds = uk(2026, 12, 31, 17);

        // 25 Dec, the Boxing Day substitute (28 Dec) and 1 Jan do not count: the seventh working day is Thu 7 Jan 2027.
        assertThat(PublicationSteps.notBefore(noticeEnds, Optional.of(LocalDate.of(2026, 12, 24)), workingDays))
                .isEqualTo(uk(2027, 1, 7, 17));
    }

    @Test
    void aReportSentLongBeforeLeavesTheNoticePeriodAndAnScrHasOnlyTheNoticePeriod() {
        Date noticeEnds = uk(2027, 1, 7, 17);

        assertThat(PublicationSteps.notBefore(noticeEnds, Optional.of(LocalDate.of(2026, 11, 2)), workingDays)).isEqualTo(noticeEnds);
        assertThat(PublicationSteps.notBefore(noticeEnds, Optional.empty(), workingDays)).isEqualTo(noticeEnds);
    }

    @Test
    void theChairsApprovalIsRefusedPlainlyBeforeTheSeventhWorkingDayAndAcceptedFromIt() {
        PublicationPack pack = PublicationPack.prepare(CASE, ReviewType.LCSPR, PublicationPackTests.texts(), false, null);
        pack.reportSent(LocalDate.of(2026, 12, 24));
        pack.checked(0, Instant.EPOCH);
        pack.briefingGenerated();
        Instant from = PublicationSteps.notBefore(uk(2026, 12, 31, 17), pack.reportSentOn(), workingDays).toInstant();
        pack.noticeSent(from);

        assertThatThrownBy(() -> pack.approve("chair", null, from.minusSeconds(60), true))
                .isInstanceOf(BusinessRuleException.class).hasMessage("You can approve publication from 7 January 2027 at 5pm");
        pack.approve("chair", null, from, true);
        assertThat(pack.status()).isEqualTo(PackStatus.APPROVED);
    }

    @Test
    void aLocalReviewsPackIsRefusedWithoutTheDayItsReportWentToThePanelAndAnScrsKeepsNone() {
        PublicationPack local = PublicationPack.prepare(CASE, ReviewType.LCSPR, PublicationPackTests.texts(), false, null);
        assertThatThrownBy(() -> local.reportSent(null)).isInstanceOf(BusinessRuleException.class);

        PublicationPack scr = PublicationPack.prepare(CASE, ReviewType.SCR, PublicationPackTests.texts(), false, null);
        scr.reportSent(LocalDate.of(2026, 11, 2));
        assertThat(scr.reportSentOn()).isEmpty();
    }

    @Test
    void thePackFormRefusesALocalReviewWithoutTheDateOrWithAFutureOneAndStoresNothing() {
        PublicationSteps steps = mock(PublicationSteps.class);
        RuntimeService runtime = mock(RuntimeService.class);
        when(runtime.getVariable("p1", ProcessVariables.REVIEW_TYPE)).thenReturn("LCSPR");
        PreparePublicationPack task = new PreparePublicationPack(steps, runtime, workingDays);

        assertThat(refusal(task, PublicationFormsTests.pack())).containsExactly(new FieldError("reportSentToPanelOn",
                "Enter the date the final report was sent to the national panel and the Secretary of State: a local child "
                        + "safeguarding practice review is published no sooner than 7 working days after it"));
        Map<String, Object> future = FormRules.with(PublicationFormsTests.pack(), "reportSentToPanelOn",
                "2026-11-26");
        assertThat(refusal(task, future)).extracting(FieldError::message)
                .containsExactly("The date the final report was sent must be today or in the past");
        verify(steps, never()).prepare(any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean(), any(), any());

        task.handle(context(), FormRules.valid("prepare-publication-pack", FormRules.with(PublicationFormsTests.pack(),
                "reportSentToPanelOn", "2026-11-25")));
        verify(steps).prepare(any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean(), any(),
                org.mockito.ArgumentMatchers.eq(LocalDate.of(2026, 11, 25)));
    }

    private static java.util.List<FieldError> refusal(PreparePublicationPack task, Map<String, Object> values) {
        InvalidSubmissionException[] thrown = new InvalidSubmissionException[1];
        assertThatThrownBy(() -> task.handle(context(), FormRules.valid("prepare-publication-pack", values)))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> thrown[0] = e);
        return thrown[0].errors();
    }

    private static TaskContext context() {
        return new TaskContext("t1", "Task_PreparePublicationPack", "Prepare publication pack", "p1", "e1", CASE,
                Actor.of("coordinator", Role.PRG_COORDINATOR), new Date(), null);
    }
}
