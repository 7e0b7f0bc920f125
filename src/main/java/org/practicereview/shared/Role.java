package org.practicereview.shared;

/** The roles of DESIGN.md; each is also a candidate group in the engine. */
public enum Role {
    AGENCY,
    PRG_COORDINATOR,
    PRG_MEMBER,
    CHAIR,
    REVIEWER,
    AUDITOR,
    ADMIN;

    /** The engine group id of this role. */
    public String group() {
        return name();
    }
}
