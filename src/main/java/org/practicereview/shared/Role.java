package org.practicereview.shared;

/** The roles of DESIGN.md; each is also a candidate group in the engine. */
public enum Role {
    AGENCY("agency"),
    PRG_COORDINATOR("PRG coordinator"),
    PRG_MEMBER("PRG member"),
    CHAIR("chair"),
    REVIEWER("lead reviewer"),
    AUDITOR("auditor"),
    ADMIN("administrator");

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
     * a name that is no role (the engine's, an old system's) is shown as stored.
     */
    public static String labelOf(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String name : stored.split(",")) {
            String trimmed = name.trim();
            words.add(java.util.Arrays.stream(values()).filter(r -> r.name().equals(trimmed)).findFirst()
                    .map(Role::label).orElse(trimmed));
        }
        return String.join(", ", words);
    }

    /** The engine group id of this role. */
    public String group() {
        return name();
    }
}
