package org.practicereview.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReferralDraftsTests {

    static final Actor ALEX = Actor.agencyUser("alex", "NORTHSHIRE_POLICE");

    @Autowired ReferralDrafts drafts;
    @Autowired ReferralService referrals;
    @Autowired MyReferrals myReferrals;
    @Autowired Agencies agencies;

    @BeforeEach
    void agencies() {
        ReferralExamples.registerDemoAgencies(agencies);
    }

    private DraftView fullDraft() {
        String id = drafts.start(ALEX).id();
        drafts.saveSection(ALEX, id, ReferralSection.ABOUT_YOU, ReferralExamples.aboutYou());
        drafts.addItem(ALEX, id, ReferralSection.CHILD, ReferralExamples.child());
        drafts.addItem(ALEX, id, ReferralSection.AGENCY, ReferralExamples.agency("NORTHSHIRE_CSC"));
        drafts.saveSection(ALEX, id, ReferralSection.CIRCUMSTANCES, ReferralExamples.circumstances());
        drafts.saveSection(ALEX, id, ReferralSection.PARALLEL_PROCESSES, ReferralExamples.parallelProcesses());
        return drafts.saveSection(ALEX, id, ReferralSection.PURPOSE, ReferralExamples.purpose());
    }

    @Test
    void keepsWhatWasTypedEvenWhenItIsNotYetValid() {
        String id = drafts.start(ALEX).id();
        drafts.saveSection(ALEX, id, ReferralSection.ABOUT_YOU, Map.of("phone", "call me", "notOnTheForm", "dropped"));

        DraftView resumed = drafts.get(ALEX, id);
        assertThat(resumed.section(ReferralSection.ABOUT_YOU)).containsExactly(Map.entry("phone", "call me"));
        assertThat(resumed.started(ReferralSection.ABOUT_YOU)).isTrue();
        assertThat(resumed.started(ReferralSection.PURPOSE)).isFalse();
    }

    @Test
    void refusesAThirteenthChildWithTheLimitAndKeepsTheTwelve() {
        String id = drafts.start(ALEX).id();
        for (int i = 0; i < ReferralSection.CHILD.maximum(); i++) {
            drafts.addItem(ALEX, id, ReferralSection.CHILD, ReferralExamples.child());
        }

        org.practicereview.workflow.InvalidSubmissionException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.practicereview.workflow.InvalidSubmissionException.class,
                () -> drafts.addItem(ALEX, id, ReferralSection.CHILD, ReferralExamples.child()));

        assertThat(refused.errors()).extracting(org.practicereview.workflow.FieldError::message)
                .containsExactly("A referral can have up to 12 children: for more, make a second referral and name "
                        + "this one in its circumstances");
        assertThat(drafts.get(ALEX, id).items(ReferralSection.CHILD)).hasSize(12);
    }

    @Test
    void addsChangesAndRemovesChildren() {
        String id = drafts.start(ALEX).id();
        DraftItem first = drafts.addItem(ALEX, id, ReferralSection.CHILD, ReferralExamples.child());
        DraftItem second = drafts.addItem(ALEX, id, ReferralSection.CHILD, ReferralExamples.child(ReferralExamples.SIBLING_NAME));
        drafts.updateItem(ALEX, id, ReferralSection.CHILD, first.id(), ReferralExamples.with(ReferralExamples.child(), "carer", "Grandmother"));
        DraftView view = drafts.removeItem(ALEX, id, ReferralSection.CHILD, second.id());

        assertThat(view.children()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(first.id());
            assertThat(c.values()).containsEntry("carer", "Grandmother");
        });
        assertThat(drafts.mine(ALEX)).filteredOn(d -> d.id().equals(id)).singleElement()
                .extracting(DraftSummary::children).isEqualTo(1);
    }

    @Test
    void aDraftIsItsOwnersOnly() {
        String id = drafts.start(ALEX).id();
        Actor other = Actor.agencyUser("someone-else", "NORTHSHIRE_POLICE");
        assertThatThrownBy(() -> drafts.get(other, id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> drafts.saveSection(other, id, ReferralSection.PURPOSE, ReferralExamples.purpose()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> referrals.submit(other, id)).isInstanceOf(NotPermittedException.class);
        assertThat(drafts.mine(other)).extracting(DraftSummary::id).doesNotContain(id);
    }

    @Test
    void submittingACompleteDraftOpensTheCaseAndRemovesTheDraft() {
        DraftView draft = fullDraft();

        assertThat(referrals.problems(ALEX, draft.id())).isEmpty();
        SubmittedReferral submitted = referrals.submit(ALEX, draft.id());

        assertThat(myReferrals.of(ALEX)).extracting(MyReferral::reference).contains(submitted.reference());
        assertThat(drafts.mine(ALEX)).extracting(DraftSummary::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> referrals.submit(ALEX, draft.id())).as("a draft is submitted once")
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anIncompleteDraftIsRefusedWithEveryMissingPartAndKept() {
        String id = drafts.start(ALEX).id();
        drafts.saveSection(ALEX, id, ReferralSection.ABOUT_YOU, ReferralExamples.with(ReferralExamples.aboutYou(), "email", ""));

        List<FieldError> expected = List.of(
                new FieldError("about-you.email", "About you: Enter your work email address"),
                new FieldError("child", "Add at least one child"),
                new FieldError("circumstances", "What happened: complete this section"),
                new FieldError("parallel-processes", "Other investigations and reviews: complete this section"),
                new FieldError("purpose", "Why you are referring: complete this section"));
        assertThat(referrals.problems(ALEX, id)).isEqualTo(expected);
        assertThatThrownBy(() -> referrals.submit(ALEX, id)).isInstanceOfSatisfying(InvalidSubmissionException.class,
                e -> assertThat(e.errors()).isEqualTo(expected));
        assertThat(drafts.get(ALEX, id).section(ReferralSection.ABOUT_YOU)).containsEntry("email", "");
    }

    @Test
    void repeatingAndSingleSectionsAreNotConfused() {
        String id = drafts.start(ALEX).id();
        assertThatThrownBy(() -> drafts.saveSection(ALEX, id, ReferralSection.CHILD, ReferralExamples.child()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drafts.removeItem(ALEX, id, ReferralSection.CHILD, "no-such-item"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(drafts.get(ALEX, id).items(ReferralSection.CHILD)).isEqualTo(List.of());
    }
}
