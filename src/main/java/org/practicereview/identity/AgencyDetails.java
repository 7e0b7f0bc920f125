package org.practicereview.identity;

/** An agency as its administrators see it: with its safeguarding mailbox and whether it is retired. */
public record AgencyDetails(String code, String name, String sector, String mailbox, boolean active) {

    public String sectorLabel() {
        return AgencySector.labelOf(sector);
    }
}
