package org.practicereview.settings;

import java.time.Instant;
import java.time.LocalDate;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Regime;

/**
 * One version of the board's settings. The addresses receive the statutory notices and the board's
 * mail: the national panel and Ofsted, the independent chair, the business unit (the PRG
 * coordinators) and the board's members. A blank address is null. The quorum is the rule a PRG meeting
 * held while this version is in force is checked against; the regime setting says which law a case referred
 * while it is in force follows; the survey says when a published review's agencies are asked what changed in
 * practice; the rapid review's start says which day its 15 working days count from. The Secretary of State is told,
 * with Ofsted, of a looked-after child's death on the 2018 route.
 */
public record SettingsVersion(int version, String boardName, String nationalPanelAddress, String ofstedAddress,
                              String chairAddress, String businessUnitAddress, String boardMembersAddress,
                              WorkingDayRegion region, int agencySummaryWorkingDays, int decisionPeriodMonths,
                              int noticePeriodWorkingDays, WorkingDayTargets targets, MeetingQuorum quorum, RegimeSetting caseRegime,
                              FollowUpSurvey survey, RapidReviewStart rapidReviewStart, String changedBy, Instant changedAt,
                              String secretaryOfStateAddress) {

    /** A version without the Secretary of State's address. */
    public SettingsVersion(int version, String boardName, String nationalPanelAddress, String ofstedAddress,
                           String chairAddress, String businessUnitAddress, String boardMembersAddress,
                           WorkingDayRegion region, int agencySummaryWorkingDays, int decisionPeriodMonths,
                           int noticePeriodWorkingDays, WorkingDayTargets targets, MeetingQuorum quorum, RegimeSetting caseRegime,
                           FollowUpSurvey survey, RapidReviewStart rapidReviewStart, String changedBy, Instant changedAt) {
        this(version, boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress, boardMembersAddress,
                region, agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays, targets, quorum, caseRegime,
                survey, rapidReviewStart, changedBy, changedAt, null);
    }

    /** A version stored before the rapid review's start was a setting: the default start. */
    public SettingsVersion(int version, String boardName, String nationalPanelAddress, String ofstedAddress,
                           String chairAddress, String businessUnitAddress, String boardMembersAddress,
                           WorkingDayRegion region, int agencySummaryWorkingDays, int decisionPeriodMonths,
                           int noticePeriodWorkingDays, WorkingDayTargets targets, MeetingQuorum quorum, RegimeSetting caseRegime,
                           FollowUpSurvey survey, String changedBy, Instant changedAt, String secretaryOfStateAddress) {
        this(version, boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress, boardMembersAddress,
                region, agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays, targets, quorum, caseRegime,
                survey, RapidReviewStart.DEFAULT, changedBy, changedAt, secretaryOfStateAddress);
    }

    /** A version with neither the Secretary of State's address nor the rapid review's start. */
    public SettingsVersion(int version, String boardName, String nationalPanelAddress, String ofstedAddress,
                           String chairAddress, String businessUnitAddress, String boardMembersAddress,
                           WorkingDayRegion region, int agencySummaryWorkingDays, int decisionPeriodMonths,
                           int noticePeriodWorkingDays, WorkingDayTargets targets, MeetingQuorum quorum, RegimeSetting caseRegime,
                           FollowUpSurvey survey, String changedBy, Instant changedAt) {
        this(version, boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress, boardMembersAddress,
                region, agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays, targets, quorum, caseRegime,
                survey, RapidReviewStart.DEFAULT, changedBy, changedAt, null);
    }

    /** The values an administrator can change, as they are in this version. */
    public SettingsChange values() {
        return new SettingsChange(boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress,
                boardMembersAddress, region, agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays,
                targets, quorum, caseRegime, survey, secretaryOfStateAddress, rapidReviewStart);
    }

    /** The regime of a case referred at {@code at} (its day in the United Kingdom) while this version is in force. */
    public Regime regimeAt(Instant at) {
        return caseRegime.regimeOn(LocalDate.ofInstant(at, GovDates.UK));
    }
}
