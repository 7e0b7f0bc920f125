package org.practicereview.rapidreview;

/** What the national panel said of a rapid review sent to it. The stored names never change. */
public enum PanelAnswer {
    NATIONAL_REVIEW("The panel will consider a national review"),
    AGREES("The panel agrees with the partners' decision"),
    MORE_INFORMATION("The panel asks for more information");

    private final String label;

    PanelAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
