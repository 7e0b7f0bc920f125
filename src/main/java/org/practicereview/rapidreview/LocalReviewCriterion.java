package org.practicereview.rapidreview;

/**
 * What the partners weigh when deciding on a local child safeguarding practice review (SI 2018/789 reg. 11;
 * Working Together), in plain words. The stored names never change.
 */
public enum LocalReviewCriterion {
    IMPROVEMENTS("The case shows, or may show, improvements needed to safeguard children and promote their welfare, "
            + "including improvements found before"),
    RECURRENT_THEMES("The case shows, or may show, themes that keep recurring in how children are safeguarded"),
    AGENCIES_TOGETHER("The case raises, or may raise, concerns about how well two or more organisations or agencies "
            + "worked together to safeguard the child"),
    PANEL_VIEW("The national panel has considered the case and concluded that a local review may be more appropriate");

    private final String label;

    LocalReviewCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
