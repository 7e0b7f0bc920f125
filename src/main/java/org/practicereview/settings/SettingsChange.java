package org.practicereview.settings;

/**
 * New values for every setting; {@link BoardSettings#change} checks them all before storing any. Without
 * targets (a client that predates them) the targets in force are kept.
 */
public record SettingsChange(String boardName, String nationalPanelAddress, String ofstedAddress, String chairAddress,
                             String businessUnitAddress, String boardMembersAddress, WorkingDayRegion region,
                             int agencySummaryWorkingDays, int decisionPeriodMonths, int noticePeriodWorkingDays,
                             WorkingDayTargets targets) {

    SettingsChange withTargets(WorkingDayTargets kept) {
        return targets != null ? this : new SettingsChange(boardName, nationalPanelAddress, ofstedAddress, chairAddress,
                businessUnitAddress, boardMembersAddress, region, agencySummaryWorkingDays, decisionPeriodMonths,
                noticePeriodWorkingDays, kept);
    }
}
