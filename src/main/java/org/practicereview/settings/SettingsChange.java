package org.practicereview.settings;

/**
 * New values for every setting; {@link BoardSettings#change} checks them all before storing any. Without
 * targets, a quorum, a regime, a survey, the Secretary of State's address or a rapid review start (a client that
 * predates them) the values in force are kept.
 */
public record SettingsChange(String boardName, String nationalPanelAddress, String ofstedAddress, String chairAddress,
                             String businessUnitAddress, String boardMembersAddress, WorkingDayRegion region,
                             int agencySummaryWorkingDays, int decisionPeriodMonths, int noticePeriodWorkingDays,
                             WorkingDayTargets targets, MeetingQuorum quorum, RegimeSetting caseRegime,
                             FollowUpSurvey survey, String secretaryOfStateAddress, RapidReviewStart rapidReviewStart) {

    /** A change that keeps the rapid review's start in force. */
    public SettingsChange(String boardName, String nationalPanelAddress, String ofstedAddress, String chairAddress,
                          String businessUnitAddress, String boardMembersAddress, WorkingDayRegion region,
                          int agencySummaryWorkingDays, int decisionPeriodMonths, int noticePeriodWorkingDays,
                          WorkingDayTargets targets, MeetingQuorum quorum, RegimeSetting caseRegime, FollowUpSurvey survey,
                          String secretaryOfStateAddress) {
        this(boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress, boardMembersAddress, region,
                agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays, targets, quorum, caseRegime, survey,
                secretaryOfStateAddress, null);
    }

    /** A change that keeps the Secretary of State's address in force. */
    public SettingsChange(String boardName, String nationalPanelAddress, String ofstedAddress, String chairAddress,
                          String businessUnitAddress, String boardMembersAddress, WorkingDayRegion region,
                          int agencySummaryWorkingDays, int decisionPeriodMonths, int noticePeriodWorkingDays,
                          WorkingDayTargets targets, MeetingQuorum quorum, RegimeSetting caseRegime, FollowUpSurvey survey,
                          RapidReviewStart rapidReviewStart) {
        this(boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress, boardMembersAddress, region,
                agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays, targets, quorum, caseRegime, survey,
                null, rapidReviewStart);
    }

    /** A change that keeps the Secretary of State's address and the rapid review's start in force. */
    public SettingsChange(String boardName, String nationalPanelAddress, String ofstedAddress, String chairAddress,
                          String businessUnitAddress, String boardMembersAddress, WorkingDayRegion region,
                          int agencySummaryWorkingDays, int decisionPeriodMonths, int noticePeriodWorkingDays,
                          WorkingDayTargets targets, MeetingQuorum quorum, RegimeSetting caseRegime, FollowUpSurvey survey) {
        this(boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress, boardMembersAddress, region,
                agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays, targets, quorum, caseRegime, survey, null, null);
    }

    /** A change that keeps the regime and the follow-up survey in force. */
    public SettingsChange(String boardName, String nationalPanelAddress, String ofstedAddress, String chairAddress,
                          String businessUnitAddress, String boardMembersAddress, WorkingDayRegion region,
                          int agencySummaryWorkingDays, int decisionPeriodMonths, int noticePeriodWorkingDays,
                          WorkingDayTargets targets, MeetingQuorum quorum) {
        this(boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress, boardMembersAddress, region,
                agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays, targets, quorum, null, null, null, null);
    }

    /** A change that keeps the meeting quorum, the regime and the follow-up survey in force. */
    public SettingsChange(String boardName, String nationalPanelAddress, String ofstedAddress, String chairAddress,
                          String businessUnitAddress, String boardMembersAddress, WorkingDayRegion region,
                          int agencySummaryWorkingDays, int decisionPeriodMonths, int noticePeriodWorkingDays,
                          WorkingDayTargets targets) {
        this(boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress, boardMembersAddress, region,
                agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays, targets, null, null, null, null, null);
    }

    /** This change with another regime setting, the rest as it is. */
    public SettingsChange withCaseRegime(RegimeSetting regime) {
        return new SettingsChange(boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress,
                boardMembersAddress, region, agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays,
                targets, quorum, regime, survey, secretaryOfStateAddress, rapidReviewStart);
    }

    /** This change, with the targets, quorum, regime and survey in force where it leaves them out. */
    SettingsChange keeping(SettingsVersion now) {
        return new SettingsChange(boardName, nationalPanelAddress, ofstedAddress, chairAddress, businessUnitAddress,
                boardMembersAddress, region, agencySummaryWorkingDays, decisionPeriodMonths, noticePeriodWorkingDays,
                targets != null ? targets : now.targets(), quorum != null ? quorum : now.quorum(),
                caseRegime != null ? caseRegime : now.caseRegime(), survey != null ? survey : now.survey(),
                secretaryOfStateAddress != null ? secretaryOfStateAddress : now.secretaryOfStateAddress(),
                rapidReviewStart != null ? rapidReviewStart : now.rapidReviewStart());
    }
}
