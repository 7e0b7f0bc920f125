package org.practicereview.administration.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.practicereview.settings.RegimeSetting;
import org.practicereview.shared.Regime;

/** The settings form's answer on which law new cases follow, and from which day, as the settings take it. */
final class RegimeChoice {

    static final List<String> DATE_PARTS = List.of("newArrangementsFrom-day", "newArrangementsFrom-month",
            "newArrangementsFrom-year");

    private RegimeChoice() {}

    /**
     * The choice posted; null when the post has no regime question at all (a form that predates it), so that the
     * regime in force is kept. A regime not offered is null in the setting, and a date that is no date is none:
     * the settings' rules refuse both with the field's message.
     */
    static RegimeSetting of(Map<String, String> form) {
        if (!form.containsKey("newCaseRegime")) {
            return null;
        }
        Regime chosen = null;
        for (Regime r : Regime.values()) {
            if (r.name().equals(form.get("newCaseRegime"))) {
                chosen = r;
            }
        }
        return new RegimeSetting(chosen, chosen == Regime.CSPR_2018 ? date(form) : null);
    }

    private static LocalDate date(Map<String, String> form) {
        try {
            return LocalDate.of(Integer.parseInt(part(form, 2)), Integer.parseInt(part(form, 1)), Integer.parseInt(part(form, 0)));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static String part(Map<String, String> form, int i) {
        String typed = form.get(DATE_PARTS.get(i));
        return typed == null ? "" : typed.strip();
    }
}
