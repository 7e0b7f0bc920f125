package org.practicereview.rapidreview;

/** What the partners decide at the end of a rapid review. The stored names never change. */
public enum RapidReviewOutcome {
    LCSPR("Commission a local child safeguarding practice review"),
    NO_LOCAL_REVIEW("No local review: the learning is taken forward without one"),
    NATIONAL_REVIEW("Ask the national panel to consider a national review");

    private final String label;

    RapidReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
