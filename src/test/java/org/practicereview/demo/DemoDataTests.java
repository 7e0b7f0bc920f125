package org.practicereview.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practicereview.identity.Users;
import org.practicereview.publication.Publications;
import org.practicereview.referral.MyReferral;
import org.practicereview.referral.MyReferrals;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;

@DemoApplicationTest
class DemoDataTests {

    @Autowired Users users;
    @Autowired MyReferrals referrals;
    @Autowired Publications publications;
    @Autowired DemoData demoData;
    @Autowired org.practicereview.identity.Agencies agencies;
    @Autowired org.practicereview.referral.CaseRecords caseRecords;

    @Test
    void createsOneUserPerRole() {
        for (Role role : Role.values()) {
            assertThat(users.withRole(role)).as("a demo user with role %s", role).isNotEmpty();
        }
        assertThat(users.find(DemoUsers.AGENCY_POLICE).orElseThrow().agencyCode()).isEqualTo("NSP");
    }

    @Test
    void everyAgencyTheDemoListsHasAMailboxAndSomeoneWhoAnswersForIt() {
        assertThat(agencies.all()).hasSize(7).allSatisfy(agency -> {
            assertThat(users.inGroup(org.practicereview.shared.Actor.agencyGroup(agency.code())))
                    .as("a demo user answering for %s", agency.name()).isNotEmpty();
            assertThat(agencies.details(agency.code()).orElseThrow().mailbox()).endsWith("@example.org");
        });
    }

    @Test
    void standsDemoCasesAtEveryStageWithOnePublished() {
        var referrer = users.find(DemoUsers.AGENCY_HEALTH).orElseThrow().actor();
        assertThat(demoCases(referrer)).extracting(MyReferral::stage).containsExactlyInAnyOrder(
                Stage.PUBLISHED, Stage.REVIEW, Stage.DECISION, Stage.AGENCY_INFORMATION, Stage.TRIAGE, Stage.CLOSED);
        assertThat(publications.published()).anySatisfy(p -> {
            assertThat(p.pseudonym()).isEqualTo("Child A");
            assertThat(p.title()).contains("Child A");
        });
    }

    @Test
    void showsOneCaseOfEachRegimeTheNewestUnderThe2018Arrangements() {
        var referrer = users.find(DemoUsers.AGENCY_HEALTH).orElseThrow().actor();
        var demo = referrals.of(referrer).stream().sorted(java.util.Comparator.comparing(r -> r.reference().value()))
                .limit(7).map(r -> caseRecords.summary(r.reference()).orElseThrow()).toList();
        assertThat(demo).extracting(org.practicereview.referral.CaseRecords.Summary::regime)
                .containsExactly(Regime.SCR_2006, Regime.SCR_2006, Regime.SCR_2006, Regime.SCR_2006, Regime.SCR_2006,
                        Regime.SCR_2006, Regime.CSPR_2018);
        assertThat(demo.get(6).stage()).isEqualTo(Stage.TRIAGE);
    }

    @Test
    void fillsTheDatabaseOnlyOnce() {
        var referrer = users.find(DemoUsers.AGENCY_HEALTH).orElseThrow().actor();
        int before = referrals.of(referrer).size();
        demoData.fill();
        assertThat(referrals.of(referrer)).hasSize(before);
    }

    /** The six serious case reviews are the first referrals (the seventh follows the 2018 arrangements); browser tests sharing this application add more. */
    private java.util.List<MyReferral> demoCases(org.practicereview.shared.Actor referrer) {
        return referrals.of(referrer).stream()
                .sorted(java.util.Comparator.comparing(r -> r.reference().value())).limit(6).toList();
    }
}
