package org.practicereview.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Regime;

/** What a valid set of settings is; every fault is reported at once, in the order of the form. */
final class SettingsRules {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SettingsRules() {}

    static void check(SettingsChange c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.boardName() == null || c.boardName().isBlank()) {
            errors.put("boardName", "Enter the board’s name");
        } else if (c.boardName().strip().length() > 200) {
            errors.put("boardName", "The board’s name must be 200 characters or fewer");
        }
        address(errors, "nationalPanelAddress", c.nationalPanelAddress(), "the national panel’s", true);
        address(errors, "ofstedAddress", c.ofstedAddress(), "Ofsted’s", true);
        address(errors, "chairAddress", c.chairAddress(), "the independent chair’s", false);
        address(errors, "businessUnitAddress", c.businessUnitAddress(), "the business unit’s", true);
        address(errors, "boardMembersAddress", c.boardMembersAddress(), "the board members’", false);
        if (c.region() == null) {
            errors.put("region", "Select whose bank holidays are not working days");
        }
        range(errors, "agencySummaryWorkingDays", c.agencySummaryWorkingDays(), 1, 60, "working days");
        range(errors, "decisionPeriodMonths", c.decisionPeriodMonths(), 1, 6, "months");
        range(errors, "noticePeriodWorkingDays", c.noticePeriodWorkingDays(), 1, 30, "working days");
        WorkingDayTargets t = c.targets();
        if (t != null) {
            // Two days at least: the reminder goes out the working day before the target, never on the day it is set.
            range(errors, "triageWorkingDays", t.triage(), 2, 20, "working days");
            range(errors, "agencyRequestWorkingDays", t.agencyRequest(), 2, 20, "working days");
            range(errors, "screeningWorkingDays", t.screening(), 2, 20, "working days");
            range(errors, "recommendationWorkingDays", t.recommendation(), 2, 20, "working days");
            range(errors, "referrerReplyWorkingDays", t.referrerReply(), 2, 20, "working days");
            range(errors, "publicationWorkingDays", t.publication(), 2, 120, "working days");
        }
        MeetingQuorum q = c.quorum();
        if (q != null) {
            // Two members at least: one member alone is not a group, whatever the board's size.
            range(errors, "meetingQuorumMembers", q.members(), 2, 50, "members");
            range(errors, "meetingQuorumAgencies", q.agencies(), 1, 20, "agencies");
            if (!errors.containsKey("meetingQuorumMembers") && !errors.containsKey("meetingQuorumAgencies")
                    && q.agencies() > q.members()) {
                errors.put("meetingQuorumAgencies", "The number of agencies must be no more than the number of members");
            }
        }
        regime(errors, c.caseRegime());
        // Needed only where a looked-after child's death can be notified: on the 2018 route.
        address(errors, "secretaryOfStateAddress", c.secretaryOfStateAddress(), "the Secretary of State’s",
                c.caseRegime() != null && c.caseRegime().newCases() == Regime.CSPR_2018);
        FollowUpSurvey s = c.survey();
        if (s != null) {
            range(errors, "surveyMonths", s.monthsAfterPublication(), 1, 24, "months");
            range(errors, "surveyReminderWorkingDays", s.reminderWorkingDays(), 1, 60, "working days");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
    }

    private static void regime(Map<String, String> errors, RegimeSetting r) {
        if (r == null) {
            return;
        }
        if (r.newCases() == null) {
            errors.put("newCaseRegime", "Select which law new cases follow");
        } else if (r.newCases() == Regime.CSPR_2018) {
            if (r.newArrangementsFrom() == null) {
                errors.put("newArrangementsFrom", "Enter the date the partnership started the 2018 arrangements, as a real date");
            } else if (r.newArrangementsFrom().isBefore(RegimeSetting.EARLIEST_START)) {
                errors.put("newArrangementsFrom", "The date the partnership started the 2018 arrangements must be on or after "
                        + GovDates.day(RegimeSetting.EARLIEST_START));
            }
        }
    }

    private static void address(Map<String, String> errors, String field, String value, String whose, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "Enter " + whose + " email address");
            }
        } else if (value.strip().length() > 320 || !ADDRESS.matcher(value.strip()).matches()) {
            errors.put(field, "Enter " + whose + " email address in the correct format, like name@example.org");
        }
    }

    private static void range(Map<String, String> errors, String field, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            errors.put(field, "Enter a whole number of " + unit + " from " + min + " to " + max);
        }
    }
}
