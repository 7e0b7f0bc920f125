package org.practicereview.documents;

/** What a stored document is; the public may see only the kinds a publication releases. */
public enum DocumentKind {
    BRIEFING("7 minute briefing", true),
    DECISION_RECORD("Decision record", false),
    FINAL_REPORT("Final report", true),
    EXECUTIVE_SUMMARY("Executive summary", true),
    /** A PDF an agency uploads to show an action of the plan was done; never published. */
    ACTION_EVIDENCE("Evidence of an action", false),
    /** The local authority's notification of a serious incident to the national panel, as sent; never published. */
    PANEL_NOTIFICATION_COPY("Copy of the notification to the national panel", false),
    /** The rapid review the partners send to the national panel (2018 arrangements); never published. */
    RAPID_REVIEW("Rapid review", false);

    private final String title;
    private final boolean publishable;

    DocumentKind(String title, boolean publishable) {
        this.title = title;
        this.publishable = publishable;
    }

    public String title() {
        return title;
    }

    /** Released to the public when the review is published. */
    public boolean publishable() {
        return publishable;
    }
}
