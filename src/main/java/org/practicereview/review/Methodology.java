package org.practicereview.review;

/** How the review is carried out, as agreed in its terms of reference. */
public enum Methodology {
    LEARNING_TOGETHER,
    IMR_OVERVIEW,
    APPRECIATIVE_INQUIRY,
    OTHER
}
