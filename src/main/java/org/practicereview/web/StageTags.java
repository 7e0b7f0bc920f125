package org.practicereview.web;

import java.util.EnumMap;
import java.util.Map;
import org.practicereview.shared.Stage;
import org.springframework.stereotype.Component;

/**
 * One GOV.UK tag colour per stage, for every page that shows where a case stands (templates:
 * {@code th:class="${@stageTags.classes(stage)}" th:text="${stage.label()}"}). Red is left out:
 * pages use it for "Overdue". GOV.UK has nine other colours, one for each stage of the serious case review
 * route; the rapid review shares the chair's decision's pink, since on the 2018 route it is where the case is decided
 * (a case is never at both).
 */
@Component("stageTags")
public class StageTags {

    private static final Map<Stage, String> COLOURS = new EnumMap<>(Map.of(
            Stage.TRIAGE, "light-blue",
            Stage.AGENCY_INFORMATION, "turquoise",
            Stage.SCREENING, "purple",
            Stage.DECISION, "pink",
            Stage.REVIEW, "yellow",
            Stage.PUBLICATION, "blue",
            Stage.PUBLISHED, "green",
            Stage.CLOSED, "grey",
            Stage.MERGED, "orange",
            Stage.RAPID_REVIEW, "pink"));

    /** The tag's colour name, such as {@code light-blue}. */
    public static String colour(Stage stage) {
        return COLOURS.get(stage);
    }

    /** The classes of the stage's tag: {@code govuk-tag govuk-tag--light-blue}. */
    public String classes(Stage stage) {
        return "govuk-tag govuk-tag--" + colour(stage);
    }
}
