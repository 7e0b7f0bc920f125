package org.practicereview.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practicereview.settings.SettingRule;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.settings.WorkingDayTargets;

/** Which settings differ between two versions, by their names in words (for the trail and the history). */
final class SettingsDifferences {

    private SettingsDifferences() {}

    static List<String> between(SettingsVersion before, SettingsVersion after) {
        SettingsChange a = before.values();
        SettingsChange b = after.values();
        List<Object> left = values(a);
        List<Object> right = values(b);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            if (!Objects.equals(left.get(i), right.get(i))) {
                changed.add(SettingRule.ALL.get(i).label());
            }
        }
        return changed.isEmpty() ? List.of("nothing") : changed;
    }

    /** Every value, in the order of {@link SettingRule#ALL}. */
    private static List<Object> values(SettingsChange c) {
        WorkingDayTargets t = c.targets();
        return List.of(n(c.boardName()), n(c.nationalPanelAddress()), n(c.ofstedAddress()), n(c.chairAddress()),
                n(c.businessUnitAddress()), n(c.boardMembersAddress()), c.region(), c.agencySummaryWorkingDays(),
                c.decisionPeriodMonths(), c.noticePeriodWorkingDays(), t.triage(), t.agencyRequest(), t.screening(),
                t.recommendation(), t.referrerReply(), t.publication(), c.quorum().members(), c.quorum().agencies(),
                c.caseRegime().newCases(), java.util.Objects.toString(c.caseRegime().newArrangementsFrom(), ""),
                c.survey().monthsAfterPublication(), c.survey().reminderWorkingDays(), n(c.secretaryOfStateAddress()),
                c.rapidReviewStart());
    }

    private static String n(String text) {
        return text == null ? "" : text;
    }
}
