package org.practicereview.shared;

/** The roles of DESIGN.md; each is also a candidate group in the engine. */
public enum Role {
    AGENCY("agency"),
    PRG_COORDINATOR("PRG coordinator"),
    PRG_MEMBER("PRG member"),
    CHAIR("chair"),
    REVIEWER("lead reviewer"),
    AUDITOR("auditor"),
    ADMIN("administrator"),
    /** The three safeguarding partners of the 2018 arrangements (Children Act 2004 s.16E), or a delegate each names. */
    PARTNER_LOCAL_AUTHORITY("local authority safeguarding partner"),
    PARTNER_ICB("integrated care board safeguarding partner"),
    PARTNER_POLICE("police safeguarding partner");

    /** The three partners, in the order pages list them; every statutory decision of the 2018 route needs all three. */
    public static final java.util.List<Role> PARTNERS = java.util.List.of(PARTNER_LOCAL_AUTHORITY, PARTNER_ICB, PARTNER_POLICE);

    /**
     * Who reads the board's confidential records of every case: the PRG, the chair, the auditor and the three
     * safeguarding partners. The case pages they open ({@code identity.CaseAccess}), the serious incident
     * notification, the rapid review and the case's stored documents all grant reading to these roles, so a new
     * board role is granted here once. A lead reviewer reads only what their own review needs, and each of those
     * rules adds {@link #REVIEWER} itself.
     */
    public static final java.util.Set<Role> BOARD_READERS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
            PRG_COORDINATOR, PRG_MEMBER, CHAIR, AUDITOR, PARTNER_LOCAL_AUTHORITY, PARTNER_ICB, PARTNER_POLICE));

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role in words, as pages, PDFs and people's CSVs name it ("PRG coordinator"). */
    public String label() {
        return label;
    }

    /**
     * A role as stored (a trail event keeps the actor's roles as their names, comma-separated) in words;
     * the application's own steps (stored as {@code SYSTEM}, see {@link Actor#primaryRole()}) read "automatic step",
     * and a name that is no role (the engine's, an old system's) is shown as stored.
     */
    public static String labelOf(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String name : stored.split(",")) {
            String trimmed = name.trim();
            if (Actor.SYSTEM_ROLE.equals(trimmed)) {
                words.add("automatic step");
                continue;
            }
            words.add(java.util.Arrays.stream(values()).filter(r -> r.name().equals(trimmed)).findFirst()
                    .map(Role::label).orElse(trimmed));
        }
        return String.join(", ", words);
    }

    /** Whether this is one of the three safeguarding partners' roles. */
    public boolean isPartner() {
        return PARTNERS.contains(this);
    }

    /** The engine group id of this role. */
    public String group() {
        return name();
    }
}
