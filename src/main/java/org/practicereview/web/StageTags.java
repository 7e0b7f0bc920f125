package org.practicereview.web;

import java.util.EnumMap;
import java.util.Map;
import org.practicereview.shared.Stage;
import org.springframework.stereotype.Component;

/**
 * One GOV.UK tag colour per stage, for every page that shows where a case stands (templates:
 * {@code th:class="${@stageTags.classes(stage)}" th:text="${stage.label()}"}). Red is left out:
 * pages use it for "Overdue". GOV.UK Frontend has nine other colours; a stage beyond them has its own in
 * {@code static/css/app.css} ({@link #OWN_COLOURS}), light background and dark text as GOV.UK's tags are. The rapid
 * review shares the chair's decision's pink, since on the 2018 route it is where the case is decided (a case is never
 * at both).
 */
@Component("stageTags")
public class StageTags {

    /** The tag colours app.css adds to GOV.UK's. */
    public static final java.util.Set<String> OWN_COLOURS = java.util.Set.of("brown");

    private static final Map<Stage, String> COLOURS = new EnumMap<>(Map.ofEntries(
            Map.entry(Stage.TRIAGE, "light-blue"),
            Map.entry(Stage.NOTIFICATION, "brown"),
            Map.entry(Stage.AGENCY_INFORMATION, "turquoise"),
            Map.entry(Stage.SCREENING, "purple"),
            Map.entry(Stage.DECISION, "pink"),
            Map.entry(Stage.REVIEW, "yellow"),
            Map.entry(Stage.PUBLICATION, "blue"),
            Map.entry(Stage.PUBLISHED, "green"),
            Map.entry(Stage.CLOSED, "grey"),
            Map.entry(Stage.MERGED, "orange"),
            Map.entry(Stage.RAPID_REVIEW, "pink")));

    /** The tag's colour name, such as {@code light-blue}. */
    public static String colour(Stage stage) {
        return COLOURS.get(stage);
    }

    /** The classes of the stage's tag: {@code govuk-tag govuk-tag--light-blue}. */
    public String classes(Stage stage) {
        return "govuk-tag govuk-tag--" + colour(stage);
    }
}
