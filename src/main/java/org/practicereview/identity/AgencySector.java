package org.practicereview.identity;

/** The sector an agency works in, as the agency table stores it, with its name in words. */
public enum AgencySector {
    POLICE("Police"),
    HEALTH("Health"),
    SOCIAL_CARE("Children's social care"),
    EDUCATION("Education"),
    PROBATION("Probation"),
    HOUSING("Housing"),
    VOLUNTARY("Voluntary sector"),
    OTHER("Other");

    private final String label;

    AgencySector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sector as stored, in words; a value no sector names is shown as stored. */
    public static String labelOf(String stored) {
        for (AgencySector sector : values()) {
            if (sector.name().equals(stored)) {
                return sector.label;
            }
        }
        return stored;
    }
}
