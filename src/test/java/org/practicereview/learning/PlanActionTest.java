package org.practicereview.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.BusinessRuleException;

class PlanActionTest {

    static final LocalDate TARGET = LocalDate.of(2031, 6, 30);

    static PlanAction action() {
        return new PlanAction(1L, 2, 1, "Write the protocol.", "NORTHSHIRE_POLICE", TARGET, ActionStatus.NOT_STARTED);
    }

    @Test
    void isOverdueTheDayAfterItsTargetUntilTheAgencyReportsItDone() {
        PlanAction action = action();
        assertThat(action.overdue(TARGET)).isFalse();
        assertThat(action.overdue(TARGET.plusDays(1))).isTrue();
        action.reportProgress(false);
        assertThat(action.overdue(TARGET.plusDays(1))).isTrue();
        action.reportProgress(true);
        assertThat(action.overdue(TARGET.plusDays(1))).as("with the PRG, not the agency's to do").isFalse();
    }

    @Test
    void theAskForMoreReturnsItToTheAgencyWithTheReasonAndAcceptanceEndsIt() {
        PlanAction action = action();
        assertThatThrownBy(() -> action.accept("member", Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
        action.reportProgress(true);
        assertThatThrownBy(() -> action.reportProgress(false)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("The PRG is considering this action");
        action.askForMore("Show every team has it.");
        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.moreAskedReason()).contains("Show every team has it.");
        action.reportProgress(true);
        action.accept("member", Instant.EPOCH);
        assertThat(action.status()).isEqualTo(ActionStatus.ACCEPTED);
        assertThat(action.moreAskedReason()).isEmpty();
        assertThatThrownBy(() -> action.reportProgress(true)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void isRemindedOnceWithinTheDaysBeforeItsTargetAndOnceAfter() {
        PlanAction action = action();
        assertThat(action.dueSoonUnreminded(TARGET.minusDays(15), 14)).isFalse();
        assertThat(action.dueSoonUnreminded(TARGET.minusDays(14), 14)).isTrue();
        action.remindedBefore(TARGET.minusDays(14));
        assertThat(action.dueSoonUnreminded(TARGET.minusDays(3), 14)).isFalse();
        assertThat(action.overdueUnreminded(TARGET)).isFalse();
        assertThat(action.overdueUnreminded(TARGET.plusDays(1))).isTrue();
        action.remindedAfter(TARGET.plusDays(1));
        assertThat(action.overdueUnreminded(TARGET.plusDays(9))).isFalse();
    }

    @Test
    void isLabelledByRecommendationAndActionNumber() {
        assertThat(action().label()).isEqualTo("2.1");
    }
}
