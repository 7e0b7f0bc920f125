package org.practicereview.incident;

/** Where the child died or came to harm, as the notification criteria ask it (the codes are the table's). */
public enum WhereHarmed {
    IN_AREA("In the local authority's area"),
    OUTSIDE_ENGLAND_RESIDENT_HERE("Outside England, and the child normally lives in the area"),
    ELSEWHERE_IN_ENGLAND("Elsewhere in England, in another local authority's area");

    private final String words;

    WhereHarmed(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
