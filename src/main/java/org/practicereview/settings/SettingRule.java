package org.practicereview.settings;

import java.util.List;

/**
 * What a setting is for, its default and where the rule comes from, shown beside the setting so
 * that an administrator can see what they depart from.
 */
public record SettingRule(String field, String label, String statutoryDefault, String source) {

    public static final List<SettingRule> ALL = List.of(
            new SettingRule("boardName", "Board's name", "None: the board's own name",
                    "Shown on every page, notice and published document"),
            new SettingRule("nationalPanelAddress", "National panel's address", "None: the panel's published address",
                    "Working Together 2015: the chair tells the national panel of a decision, within 14 days when a review is not initiated"),
            new SettingRule("ofstedAddress", "Ofsted's address", "None: Ofsted's published address",
                    "Working Together 2015: Ofsted is told when a review is initiated and before publication"),
            new SettingRule("chairAddress", "Independent chair's address", "None",
                    "Local procedure: overdue decisions are escalated to the chair"),
            new SettingRule("businessUnitAddress", "Business unit's address", "None",
                    "Local procedure: the PRG coordinators are told of new referrals and overdue reviews"),
            new SettingRule("boardMembersAddress", "Board members' address", "None",
                    "Working Together 2015: board members are told of the decision"),
            new SettingRule("region", "Working days", "England and Wales",
                    "Bank holidays of the region where the board works (Banking and Financial Dealings Act 1971)"),
            new SettingRule("agencySummaryWorkingDays", "Agencies answer an information request within",
                    "10 working days", "Local procedure: no statutory period"),
            new SettingRule("decisionPeriodMonths", "Chair's decision due within", "1 month of the referral",
                    "Working Together 2015: the decision is normally made within one month of the referral"),
            new SettingRule("noticePeriodWorkingDays", "Notice to the national panel and Ofsted before publication",
                    "5 working days", "Working Together 2015: the final report goes to the panel about one week before publication"),
            new SettingRule("triageWorkingDays", "Triage of a referral within", "2 working days",
                    "Local procedure: leaves time for the chair's decision within a month"),
            new SettingRule("agencyRequestWorkingDays", "Agencies asked for information within", "3 working days of triage",
                    "Local procedure: leaves time for the chair's decision within a month"),
            new SettingRule("screeningWorkingDays", "Screening against the criteria within", "5 working days of the agencies' answers",
                    "Local procedure: leaves time for the chair's decision within a month"),
            new SettingRule("recommendationWorkingDays", "Recommendation to the chair within", "3 working days of screening",
                    "Local procedure: leaves time for the chair's decision within a month"),
            new SettingRule("referrerReplyWorkingDays", "Referrer answers triage's questions within", "5 working days",
                    "Local procedure: no statutory period"),
            new SettingRule("publicationWorkingDays", "Publication target", "20 working days",
                    "Local procedure: the pack is due this long after the board's sign-off, and the chair's approval this long "
                            + "after the notice period ends; Working Together sets no date"),
            new SettingRule("meetingQuorumMembers", "Members present for a quorate PRG meeting", "3 members",
                    "Local procedure: the board sets its PRG's quorum; members with a conflict in a case do not count for it"),
            new SettingRule("meetingQuorumAgencies", "Agencies those members come from", "2 agencies",
                    "Local procedure: the PRG is multi-agency, so a quorum spans agencies"),
            new SettingRule("newCaseRegime", "Law new cases follow", "Serious case review (LSCB Regulations 2006)",
                    "Children and Social Work Act 2017 and the Child Safeguarding Practice Review and Relevant Agency (England) "
                            + "Regulations 2018 (SI 2018/789): safeguarding partners replace the board's serious case reviews "
                            + "with rapid reviews and local child safeguarding practice reviews"),
            new SettingRule("newArrangementsFrom", "Date the partnership started the 2018 arrangements", "None",
                    "Working Together 2018: each partnership publishes the date its arrangements start; a case referred "
                            + "before it stays a serious case review"),
            new SettingRule("surveyMonths", "Agencies asked what changed in practice", "6 months after publication",
                    "Local procedure: the board checks that a review's learning reached practice; no statutory period"),
            new SettingRule("surveyReminderWorkingDays", "Agencies reminded of an unanswered question after", "20 working days",
                    "Local procedure: no statutory period"),
            new SettingRule("secretaryOfStateAddress", "Secretary of State's address (Department for Education)",
                    "None: the Department for Education's published notification address",
                    "Working Together 2018 and 2023: the local authority notifies the Secretary of State, as well as Ofsted, "
                            + "of the death of a looked-after child; needed when new cases follow the 2018 arrangements"),
            new SettingRule("rapidReviewStart", "When the rapid review's 15 working days start",
                    "The day the local authority became aware of the incident",
                    "Working Together 2018 and 2023: the safeguarding partners complete a rapid review within 15 working days; "
                            + "local procedures count them from the day the local authority became aware of the serious incident, "
                            + "or from the day it notified the national panel"));
}
