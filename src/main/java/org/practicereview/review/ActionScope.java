package org.practicereview.review;

/** Whether a recommendation is for one agency or for several working together. */
public enum ActionScope {
    SINGLE_AGENCY,
    MULTI_AGENCY
}
