package org.practicereview.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;

class InformationRequestTests {

    static final CaseReference CASE = new CaseReference("PR-2026-0001");
    static final Actor COORDINATOR = Actor.of("coord1", Role.PRG_COORDINATOR);
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final Instant DUE = Instant.parse("2026-11-16T17:00:00Z");

    static InformationRequest round(List<String> agencies) {
        return InformationRequest.open(CASE, 1, agencies, null, COORDINATOR, NOW, DUE);
    }

    @Test
    void opensARoundForTheChosenAgenciesInOrder() {
        InformationRequest round = round(List.of("POLICE", "HEALTH"));
        assertThat(round.agencies()).containsExactly("POLICE", "HEALTH");
        assertThat(round.roundNumber()).isEqualTo(1);
        assertThat(round.dueAt()).isEqualTo(DUE);
        assertThat(round.isClosedEarly()).isFalse();
    }

    @Test
    void refusesARoundWithoutAgencies() {
        assertThatThrownBy(() -> round(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesARoundNamingAnAgencyTwice() {
        assertThatThrownBy(() -> round(List.of("POLICE", "POLICE"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesARoundDueBeforeItIsAsked() {
        assertThatThrownBy(() -> InformationRequest.open(CASE, 1, List.of("POLICE"), null, COORDINATOR, DUE, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void awaitsTheAgenciesThatHaveNotAnswered() {
        assertThat(round(List.of("POLICE", "HEALTH", "EDUCATION")).awaiting(List.of("HEALTH")))
                .containsExactly("POLICE", "EDUCATION");
    }

    @Test
    void closesEarlyOnceWithAReason() {
        InformationRequest round = round(List.of("POLICE"));
        round.closeEarly(COORDINATOR, "  Police summary not needed  ", NOW);
        assertThat(round.isClosedEarly()).isTrue();
        assertThat(round.closeReason()).isEqualTo("Police summary not needed");
        assertThat(round.closedEarlyBy()).isEqualTo("coord1");
        assertThatThrownBy(() -> round.closeEarly(COORDINATOR, "again", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToCloseEarlyWithoutAReason() {
        assertThatThrownBy(() -> round(List.of("POLICE")).closeEarly(COORDINATOR, " ", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsASummaryOnlyFromAnAgencyTheRoundAsked() {
        InformationRequest round = round(List.of("POLICE"));
        var content = new AgencySummary.Content("Involvement", "Chronology", true, false, null);
        Actor agencyUser = Actor.agencyUser("pol1", "POLICE");
        assertThat(AgencySummary.answer(round, "POLICE", content, agencyUser, NOW).roundNumber()).isEqualTo(1);
        assertThatThrownBy(() -> AgencySummary.answer(round, "HEALTH", content, agencyUser, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesConcernsAboutWorkingTogetherWithoutDetails() {
        var content = new AgencySummary.Content("Involvement", "Chronology", true, true, " ");
        assertThatThrownBy(() -> AgencySummary.answer(round(List.of("POLICE")), "POLICE", content,
                Actor.agencyUser("pol1", "POLICE"), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
