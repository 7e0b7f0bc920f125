package org.practicereview.settings;

/** Whose bank holidays are not working days; the code is the UK subdivision jollyday knows. */
public enum WorkingDayRegion {
    ENGLAND_AND_WALES("England and Wales", "eng"),
    SCOTLAND("Scotland", "sct"),
    NORTHERN_IRELAND("Northern Ireland", "nir");

    private final String label;
    private final String subdivision;

    WorkingDayRegion(String label, String subdivision) {
        this.label = label;
        this.subdivision = subdivision;
    }

    public String label() {
        return label;
    }

    /** The subdivision code of the United Kingdom's holiday calendar ("eng", not "en"). */
    public String subdivision() {
        return subdivision;
    }
}
