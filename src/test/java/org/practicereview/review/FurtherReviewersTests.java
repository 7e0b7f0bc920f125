package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.referral.CaseRecords;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;
import org.practicereview.workflow.CaseInstances;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskContext;

/**
 * A local child safeguarding practice review may have reviewers beside its lead reviewer, each independent of the
 * agencies involved, as the lead reviewer is; an SCR or a lesser review keeps its one lead reviewer.
 */
class FurtherReviewersTests {

    private final Reviews reviews = mock(Reviews.class);
    private final Users users = mock(Users.class);
    private final Agencies agencies = mock(Agencies.class);
    private final CaseRecords records = mock(CaseRecords.class);
    private final RuntimeService runtime = mock(RuntimeService.class, Answers.RETURNS_DEEP_STUBS);
    private final AppointLeadReviewer appoint = new AppointLeadReviewer(
            new ReviewSteps(reviews, runtime, Clock.fixed(FormRules.NOW, ZoneOffset.UTC)),
            new LeadReviewerEligibility(users, agencies, records, runtime, mock(CaseInstances.class)));

    @BeforeEach
    void reviewersOfWhomOneWorksForThePolice() {
        account("reviewer.one", null);
        account("reviewer.two", null);
        account("police.reviewer", "POLICE");
        when(users.find(anyString())).thenAnswer(i -> Optional.ofNullable(accounts.get(i.getArgument(0, String.class))));
        when(agencies.nameOf("POLICE")).thenReturn("Police");
        when(records.summary(any())).thenReturn(Optional.of(new CaseRecords.Summary(CaseReference.of(2026, 1), null, null,
                null, null, "SOCIAL_CARE", 1, 0, List.of("POLICE"), List.of(), List.of(), null, Regime.SCR_2006)));
    }

    private final Map<String, UserAccount> accounts = new java.util.HashMap<>();

    private void account(String username, String agency) {
        accounts.put(username, new UserAccount(username, "Reviewer " + username, username + "@example.org",
                Set.of(Role.REVIEWER), agency, true));
    }

    private Review begun(ReviewType type) {
        Review review = Review.begin(CaseReference.of(2026, 1), type, ReviewTests.TERMS, FormRules.NOW);
        when(reviews.findByCaseReference(review.caseReference().value())).thenReturn(Optional.of(review));
        return review;
    }

    private void appoint(Review review, Object further) {
        TaskContext task = new TaskContext("t1", "Task_AppointLeadReviewer", "Appoint lead reviewer", "p1", "e1",
                review.caseReference(), Actor.of("chair", Role.CHAIR), new Date(), null);
        appoint.handle(task, FormRules.valid("appoint-lead-reviewer", Map.of("leadReviewer", "reviewer.one",
                "independenceConfirmed", "yes", "furtherReviewers", further)));
    }

    private List<FieldError> refusal(Review review, Object further) {
        InvalidSubmissionException[] thrown = new InvalidSubmissionException[1];
        assertThatThrownBy(() -> appoint(review, further)).isInstanceOfSatisfying(InvalidSubmissionException.class,
                e -> thrown[0] = e);
        return thrown[0].errors();
    }

    @Test
    void aLocalReviewHasTheLeadReviewerAndTheFurtherReviewersTheChairChose() {
        Review review = begun(ReviewType.LCSPR);

        appoint(review, List.of("reviewer.two"));

        assertThat(review.leadReviewer()).contains("reviewer.one");
        assertThat(review.furtherReviewers()).containsExactly("reviewer.two");
        assertThat(ReviewSummary.of(review).furtherReviewers()).containsExactly("reviewer.two");
    }

    @Test
    void aFurtherReviewerFromAnInvolvedAgencyIsRefusedWithTheReasonAndNothingIsStored() {
        Review review = begun(ReviewType.LCSPR);

        assertThat(refusal(review, List.of("reviewer.two", "police.reviewer"))).containsExactly(new FieldError("furtherReviewers",
                "Reviewer police.reviewer works for Police, an agency involved in this case: choose a reviewer independent of "
                        + "every agency involved"));
        assertThat(review.leadReviewer()).isEmpty();
        assertThat(review.furtherReviewers()).isEmpty();
    }

    @Test
    void theLeadReviewerIsNotAlsoAFurtherReviewer() {
        Review review = begun(ReviewType.LCSPR);

        assertThat(refusal(review, List.of("reviewer.one"))).extracting(FieldError::message).containsExactly(
                "The lead reviewer is already appointed: select further reviewers other than the lead reviewer");
    }

    @Test
    void anScrKeepsItsOneLeadReviewer() {
        Review review = begun(ReviewType.SCR);

        assertThat(refusal(review, List.of("reviewer.two"))).extracting(FieldError::message).containsExactly(
                "Only a local child safeguarding practice review has further reviewers: leave them unselected");
        assertThatThrownBy(() -> review.appointFurtherReviewers(List.of("reviewer.two"))).isInstanceOf(BusinessRuleException.class);

        appoint(review, List.of());
        assertThat(review.leadReviewer()).contains("reviewer.one");
        assertThat(review.furtherReviewers()).isEmpty();
    }

    @Test
    void aFurtherReviewerWhoBecomesTheLeadReviewerIsNoLongerListedTwice() {
        Review review = begun(ReviewType.LCSPR);
        appoint(review, List.of("reviewer.two"));

        review.replaceLeadReviewer("reviewer.two");

        assertThat(review.leadReviewer()).contains("reviewer.two");
        assertThat(review.furtherReviewers()).isEmpty();
    }
}
