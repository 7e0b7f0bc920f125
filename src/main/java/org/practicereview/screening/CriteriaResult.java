package org.practicereview.screening;

/** What {@code scr-criteria.dmn} concluded about the statutory criteria for an SCR. */
public enum CriteriaResult {
    /** An SCR must always be undertaken (death in custody or detention). */
    MANDATORY,
    /** Regulation 5 criteria met. */
    MET,
    NOT_MET;

    /** True when the statutory criteria call for an SCR. */
    public boolean callsForScr() {
        return this != NOT_MET;
    }
}
