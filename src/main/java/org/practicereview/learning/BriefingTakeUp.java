package org.practicereview.learning;

import java.util.List;

/** How far the published briefings reached: per briefing and per agency, and the viewer's agency's own uses. */
public record BriefingTakeUp(List<BriefingRow> briefings, List<AgencyRow> agencies, List<UseRow> ownUses) {

    /** One published briefing: its title, when published, uses recorded, staff reached and agencies that used it. */
    public record BriefingRow(String caseReference, String title, String published, long uses, long staff, long agencies) {}

    public record AgencyRow(String agency, long uses, long staff, long briefings) {}

    public record UseRow(String briefing, String setting, String usedOn, int staff, String note) {}
}
