package org.practicereview.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practicereview.settings.SettingRule;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.SettingsVersion;

/** Which settings differ between two versions, by their names in words (for the trail and the history). */
final class SettingsDifferences {

    private SettingsDifferences() {}

    static List<String> between(SettingsVersion before, SettingsVersion after) {
        SettingsChange a = before.values();
        SettingsChange b = after.values();
        List<Object> left = List.of(n(a.boardName()), n(a.nationalPanelAddress()), n(a.ofstedAddress()), n(a.chairAddress()),
                n(a.businessUnitAddress()), n(a.boardMembersAddress()), a.region(), a.agencySummaryWorkingDays(),
                a.decisionPeriodMonths(), a.noticePeriodWorkingDays());
        List<Object> right = List.of(n(b.boardName()), n(b.nationalPanelAddress()), n(b.ofstedAddress()), n(b.chairAddress()),
                n(b.businessUnitAddress()), n(b.boardMembersAddress()), b.region(), b.agencySummaryWorkingDays(),
                b.decisionPeriodMonths(), b.noticePeriodWorkingDays());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            if (!Objects.equals(left.get(i), right.get(i))) {
                changed.add(SettingRule.ALL.get(i).label());
            }
        }
        return changed.isEmpty() ? List.of("nothing") : changed;
    }

    private static String n(String text) {
        return text == null ? "" : text;
    }
}
