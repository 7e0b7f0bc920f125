package org.practicereview.settings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The first version of the settings: the configuration's values and the statutory defaults. */
@Component
class InitialSettings {

    /** Who "changed" the first version: the installation's configuration, not a person. */
    static final String CONFIGURATION = "configuration";

    static final int AGENCY_SUMMARY_WORKING_DAYS = 10;
    static final int DECISION_PERIOD_MONTHS = 1;
    static final int NOTICE_PERIOD_WORKING_DAYS = 5;

    private final SettingsChange values;

    InitialSettings(@Value("${practice-review.board-name}") String boardName,
                    @Value("${practice-review.national-panel-address:}") String nationalPanel,
                    @Value("${practice-review.ofsted-address:}") String ofsted,
                    @Value("${practice-review.chair-address:}") String chair,
                    @Value("${practice-review.coordinator-address:}") String businessUnit,
                    @Value("${practice-review.board-members-address:}") String boardMembers,
                    @Value("${practice-review.meeting-quorum.members:3}") int quorumMembers,
                    @Value("${practice-review.meeting-quorum.agencies:2}") int quorumAgencies,
                    @Value("${practice-review.secretary-of-state-address:}") String secretaryOfState) {
        this.values = new SettingsChange(boardName, nationalPanel, ofsted, chair, businessUnit, boardMembers,
                WorkingDayRegion.ENGLAND_AND_WALES, AGENCY_SUMMARY_WORKING_DAYS, DECISION_PERIOD_MONTHS, NOTICE_PERIOD_WORKING_DAYS,
                WorkingDayTargets.DEFAULTS, new MeetingQuorum(quorumMembers, quorumAgencies), RegimeSetting.DEFAULTS,
                FollowUpSurvey.DEFAULTS, secretaryOfState, RapidReviewStart.DEFAULT);
    }

    SettingsChange values() {
        return values;
    }
}
