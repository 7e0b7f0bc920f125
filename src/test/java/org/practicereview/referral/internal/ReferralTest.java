package org.practicereview.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final CaseReference REF = CaseReference.of(2026, 1);

    static Child child(String name, LocalDate died) {
        return new Child(name, LocalDate.of(2019, 3, 27), died, LocalDate.of(2026, 1, 10), "1 Test Street",
                "NT1 4AP", null, "NEVER", "no", "At home", "Mother");
    }

    static ReferralContent content(List<Child> children, List<AgencyInvolvement> agencies, List<ParallelProcess> processes) {
        return new ReferralContent(
                new Referrer("Sam Referrer", "NORTHSHIRE_HEALTH", "Named nurse", "01632 960 001", "sam@health.example.org", true),
                Purpose.SCR_CONSIDERATION,
                Circumstances.of(List.of("ABUSE_OR_NEGLECT"), "What happened, at length.", null, null),
                children, List.of(new FamilyMember("Dana Testparent", "Mother", null, "1 Test Street, Northtown NT1 4AP")),
                agencies, processes);
    }

    @Test
    void refusesAReferralAboutNoChild() {
        assertThatThrownBy(() -> Referral.submit(REF, "sam", NOW, content(List.of(), List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A referral is about at least one child");
    }

    @Test
    void refusesTheSameAgencyTwice() {
        AgencyInvolvement police = new AgencyInvolvement("NORTHSHIRE_POLICE", "DS", true);
        assertThatThrownBy(() -> Referral.submit(REF, "sam", NOW, content(List.of(child("Poppy", null)), List.of(police, police), List.of())))
                .hasMessage("An agency can be named only once among the agencies involved");
    }

    @Test
    void refusesADateOfDeathBeforeTheDateOfBirthWithoutNamingTheChild() {
        assertThatThrownBy(() -> child("Poppy Testchild", LocalDate.of(2018, 1, 1)))
                .hasMessage("A child's date of death cannot be before their date of birth")
                .message().doesNotContain("Poppy");
    }

    @Test
    void knowsWhenAParallelProcessIsStillOpen() {
        Referral open = Referral.submit(REF, "sam", NOW, content(List.of(child("Poppy", null)), List.of(),
                List.of(new ParallelProcess(ParallelProcess.Kind.INQUEST, ParallelProcess.Status.OPEN))));
        Referral concluded = Referral.submit(REF, "sam", NOW, content(List.of(child("Poppy", null)), List.of(),
                List.of(new ParallelProcess(ParallelProcess.Kind.INQUEST, ParallelProcess.Status.CONCLUDED))));
        assertThat(open.parallelProceedingsOpen()).isTrue();
        assertThat(concluded.parallelProceedingsOpen()).isFalse();
    }

    @Test
    void summaryForTheTrailCountsPeopleButNeverNamesThem() {
        Referral referral = Referral.submit(REF, "sam", NOW, content(List.of(child("Poppy Testchild", LocalDate.of(2026, 1, 10))),
                List.of(new AgencyInvolvement("NORTHSHIRE_POLICE", "DS", true)), List.of()));
        assertThat(referral.summary()).isEqualTo("purpose=SCR_CONSIDERATION children=1 familyMembers=1 agencies=1")
                .doesNotContain("Poppy", "Dana", "Test Street");
        assertThat(referral.anyChildDied()).isTrue();
        assertThat(referral.agencyCodes()).containsExactly("NORTHSHIRE_POLICE");
    }

    @Test
    void newCaseWaitsForTriageAndFollowsTheProcess() {
        CaseFile file = CaseFile.open(REF, Purpose.GOOD_PRACTICE, NOW);
        assertThat(file.stage()).isEqualTo(Stage.TRIAGE);
        file.reach(Stage.SCREENING, NOW.plusSeconds(60));
        assertThat(file.stage()).isEqualTo(Stage.SCREENING);
        assertThat(file.stageChangedAt()).isEqualTo(NOW.plusSeconds(60));
        file.reach(Stage.SCREENING, NOW.plusSeconds(120));
        assertThat(file.stageChangedAt()).as("same stage again is no change").isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void mergesADuplicateIntoAnotherOpenCaseOnly() {
        CaseFile duplicate = CaseFile.open(CaseReference.of(2026, 2), Purpose.SCR_CONSIDERATION, NOW);
        CaseFile original = CaseFile.open(REF, Purpose.SCR_CONSIDERATION, NOW);
        assertThatThrownBy(() -> duplicate.mergeInto(duplicate, NOW)).hasMessage("A case cannot be merged into itself");
        duplicate.mergeInto(original, NOW);
        assertThat(duplicate.stage()).isEqualTo(Stage.MERGED);
        assertThat(duplicate.mergedInto()).isEqualTo(REF);
        assertThat(duplicate.isOpen()).isFalse();
        CaseFile third = CaseFile.open(CaseReference.of(2026, 3), Purpose.SCR_CONSIDERATION, NOW);
        assertThatThrownBy(() -> third.mergeInto(duplicate, NOW)).hasMessage("A case can be merged only into an open case");
    }

    @Test
    void findsPostcodesInsideAddressesWrittenAnyWay() {
        assertThat(Postcodes.foundIn("Flat 2, 1 Test Street, Northtown nt14ap")).containsExactly("NT1 4AP");
        assertThat(Postcodes.foundIn("10 Downing Street SW1A 2AA and later LS1 4AP")).containsExactly("SW1A 2AA", "LS1 4AP");
        assertThat(Postcodes.normalised(" ls1  4ap")).isEqualTo("LS1 4AP");
    }

    @Test
    void triageKeepsOnlyTheAnswerThatBelongsToItsOutcome() {
        Triage accepted = Triage.record(REF, Triage.Outcome.ACCEPTED, true, true, CaseReference.of(2026, 9), "Why?", null, "coord", NOW);
        assertThat(accepted.duplicateOf()).isNull();
        assertThat(accepted.questionsForReferrer()).isNull();
        assertThatThrownBy(() -> Triage.record(REF, Triage.Outcome.ACCEPTED, false, true, null, null, null, "coord", NOW))
                .hasMessage("An incomplete referral cannot be accepted");
    }
}
