package org.practicereview.administration.web;

import java.util.Arrays;
import java.util.List;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.AgencySector;
import org.practicereview.settings.RapidReviewStart;
import org.practicereview.settings.WorkingDayRegion;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Component;

/** The choices the administration forms offer, as [value, label] pairs: people choose names, never codes. */
@Component
class Choices {

    private final Agencies agencies;

    Choices(Agencies agencies) {
        this.agencies = agencies;
    }

    static List<List<String>> roles() {
        return Arrays.stream(Role.values()).map(r -> List.of(r.name(), roleLabel(r))).toList();
    }

    static String roleLabel(Role role) {
        return switch (role) {
            case AGENCY -> "Agency user: refers cases and answers for their agency";
            case PRG_COORDINATOR -> "PRG coordinator (business unit)";
            case PRG_MEMBER -> "PRG member";
            case CHAIR -> "Independent chair";
            case REVIEWER -> "Lead reviewer";
            case AUDITOR -> "Auditor: reads every case's trail";
            case ADMIN -> "Administrator";
            case PARTNER_LOCAL_AUTHORITY -> "Local authority safeguarding partner, or their delegate";
            case PARTNER_ICB -> "Integrated care board safeguarding partner, or their delegate";
            case PARTNER_POLICE -> "Police safeguarding partner (chief officer), or their delegate";
        };
    }

    /** Active agencies, by name, each with its code beside it. */
    List<List<String>> agencies() {
        return agencies.all().stream().map(a -> List.of(a.code(), a.name() + " (" + a.code() + ")")).toList();
    }

    static List<List<String>> sectors() {
        return Arrays.stream(AgencySector.values()).map(s -> List.of(s.name(), s.label())).toList();
    }

    static List<List<String>> regions() {
        return Arrays.stream(WorkingDayRegion.values()).map(r -> List.of(r.name(), r.label())).toList();
    }

    static List<List<String>> rapidReviewStarts() {
        return Arrays.stream(RapidReviewStart.values()).map(s -> List.of(s.name(), s.label())).toList();
    }

    static List<List<String>> regimes() {
        return Arrays.stream(Regime.values()).map(r -> List.of(r.name(), r.label())).toList();
    }

    static List<List<String>> signIn() {
        return List.of(List.of("link", "A one-time sign-in link: they open it and choose their password"),
                List.of("temporary-password", "A temporary password you give them: they must change it when they first sign in"));
    }
}
