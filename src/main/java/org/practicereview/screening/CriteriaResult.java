package org.practicereview.screening;

/** What {@code scr-criteria.dmn} concluded about the statutory criteria for an SCR. */
public enum CriteriaResult {
    /** An SCR must always be undertaken (death in custody or detention). */
    MANDATORY,
    /** Regulation 5 criteria met. */
    MET,
    NOT_MET;

    /** The result as the PRG and the chair say it. */
    public String inWords() {
        return switch (this) {
            case MANDATORY -> "A serious case review should always be undertaken";
            case MET -> "The criteria for a serious case review are met";
            case NOT_MET -> "The criteria for a serious case review are not met";
        };
    }

    /** True when the statutory criteria call for an SCR. */
    public boolean callsForScr() {
        return this != NOT_MET;
    }
}
