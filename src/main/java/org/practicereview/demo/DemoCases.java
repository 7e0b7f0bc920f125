package org.practicereview.demo;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.practicereview.identity.Users;
import org.practicereview.meetings.Meeting;
import org.practicereview.meetings.MeetingDetails;
import org.practicereview.meetings.Meetings;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The demo cases, each driven through the same services a user's pages call: one published review
 * with its briefing and its action plan under way, one in review, one awaiting the chair, one in the agency
 * information round, one just referred, one closed without a review; and the PRG's next meeting with the
 * information-round case tabled. Then the board moves to the 2018 arrangements, and one case follows them to the
 * rapid review the safeguarding partners are approving.
 */
@Component
class DemoCases {

    private final Users users;
    private final ReferralService referrals;
    private final DemoSteps steps;
    private final Meetings meetings;
    private final DemoActionPlan actionPlan;
    private final Demo2018Arrangements arrangements2018;

    /** How long ago the published demo review was published, by the engine's clock. */
    static final int PUBLISHED_DAYS_AGO = 120;

    DemoCases(Users users, ReferralService referrals, DemoSteps steps, Meetings meetings, DemoActionPlan actionPlan,
              Demo2018Arrangements arrangements2018) {
        this.users = users;
        this.referrals = referrals;
        this.steps = steps;
        this.meetings = meetings;
        this.actionPlan = actionPlan;
        this.arrangements2018 = arrangements2018;
    }

    void create() {
        published();
        inReview();
        awaitingTheChair();
        inTheInformationRound();
        justReferred();
        closedWithLearning();
        arrangements2018.adoptFromToday();
        arrangements2018.rapidReviewAwaitingPartners(refer(DemoReferrals.Example.GOLF));
    }

    private CaseReference refer(DemoReferrals.Example example) {
        return referrals.submitDirect(actor(DemoUsers.AGENCY_HEALTH), DemoReferrals.referral(example)).reference();
    }

    /**
     * The published review is played out on the engine clock: referred and reviewed five months ago, published four
     * months ago once the notice to the national panel had run, so that its dates read like a real review's and the
     * follow-up survey is scheduled from the day it was published. Its action plan's progress is reported today.
     */
    private void published() {
        try {
            ClockUtil.setCurrentTime(daysAgo(150));
            CaseReference ref = refer(DemoReferrals.Example.ALPHA);
            steps.screen(ref, true);
            steps.decide(ref, Map.of("decisionOption", "INITIATE_SCR", "rationale",
                    "The statutory criteria are met: serious harm, with concerns about how agencies worked together."));
            steps.fullReview(ref);
            steps.preparePack(ref);
            ClockUtil.setCurrentTime(daysAgo(PUBLISHED_DAYS_AGO));
            steps.approveAndPublish(ref);
            ClockUtil.reset();
            actionPlan.inProgress(ref);
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * This time of day in the UK, that many calendar days ago: a fixed 24 hours a day put a publication made
     * between 11pm and midnight in winter on the next day of British Summer Time.
     */
    private static Date daysAgo(int days) {
        return Date.from(ZonedDateTime.now(WorkingDays.UK).minusDays(days).toInstant());
    }

    private void inReview() {
        CaseReference ref = refer(DemoReferrals.Example.BRAVO);
        steps.screen(ref, true);
        steps.decide(ref, Map.of("decisionOption", "OTHER_REVIEW", "reviewType", "REFLECTIVE",
                "rationale", "A reflective review will draw the learning more quickly than an SCR.",
                "departureReason", "The agencies have already acted; a reflective review is proportionate."));
        steps.startReview(ref);
    }

    private void awaitingTheChair() {
        CaseReference ref = refer(DemoReferrals.Example.CHARLIE);
        steps.screen(ref, false);
    }

    private void inTheInformationRound() {
        CaseReference ref = refer(DemoReferrals.Example.DELTA);
        steps.triageAndRequest(ref);
        steps.agencySummary(ref, DemoUsers.AGENCY_POLICE);
        upcomingMeeting(ref);
    }

    /** The PRG's next meeting, a fortnight ahead, with the member invited and this case on its agenda. */
    private void upcomingMeeting(CaseReference ref) {
        Actor coordinator = actor(DemoUsers.COORDINATOR);
        LocalDate on = LocalDate.now().plusDays(14);
        Meeting meeting = meetings.schedule(coordinator, MeetingDetails.of(Map.of("heldOn-day", String.valueOf(on.getDayOfMonth()),
                "heldOn-month", String.valueOf(on.getMonthValue()), "heldOn-year", String.valueOf(on.getYear()),
                "startsAt", "10:00", "place", "Committee Room 2, Northshire House (fictional)"), LocalDate.now()));
        meetings.invite(coordinator, meeting.id(), java.util.List.of(DemoUsers.MEMBER));
        meetings.table(coordinator, meeting.id(), ref);
    }

    private void justReferred() {
        refer(DemoReferrals.Example.ECHO);
    }

    private void closedWithLearning() {
        CaseReference ref = refer(DemoReferrals.Example.FOXTROT);
        steps.screen(ref, false);
        steps.decide(ref, Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", java.util.List.of("DISSEMINATE_LEARNING"),
                "rationale", "The criteria are not met; the learning will be shared through a briefing to agencies.",
                "learningToShare", "A one-page briefing on escalating missed health appointments, for every partner agency",
                "learningToShareFor", "NHT", "learningToShareDue", java.time.LocalDate.now().plusMonths(1).toString()));
        steps.followUpDone(ref, "The briefing went to every partner agency's safeguarding leads and was discussed at the "
                + "next practitioners' forum.");
    }

    private Actor actor(String username) {
        return users.find(username).orElseThrow().actor();
    }
}
