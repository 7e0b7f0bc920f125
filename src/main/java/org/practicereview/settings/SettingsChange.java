package org.practicereview.settings;

/** New values for every setting; {@link BoardSettings#change} checks them all before storing any. */
public record SettingsChange(String boardName, String nationalPanelAddress, String ofstedAddress, String chairAddress,
                             String businessUnitAddress, String boardMembersAddress, WorkingDayRegion region,
                             int agencySummaryWorkingDays, int decisionPeriodMonths, int noticePeriodWorkingDays) {}
