package org.practicereview.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.documents.BriefingFit;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;

/**
 * Refuses briefing texts that would not fit their place on the one-page briefing, asking the
 * documents module to measure each with the real font. The forms' maxLength is only a generous
 * upper bound; this is the limit. Messages give the length and the cut needed, never the text.
 */
final class BriefingSpace {

    private BriefingSpace() {}

    /** @throws InvalidSubmissionException naming every section that does not fit */
    static void requireFits(Map<String, String> texts, ReviewType type) {
        List<FieldError> errors = problems(texts, type);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }

    static List<FieldError> problems(Map<String, String> texts, ReviewType type) {
        List<FieldError> errors = new ArrayList<>();
        String pseudonym = texts.get(PackFields.PSEUDONYM);
        if (pseudonym != null) {
            check(errors, PackFields.PSEUDONYM, "The pseudonym", "the briefing's title",
                    BriefingFit.pseudonym(pseudonym));
            if (type != null) {
                check(errors, PackFields.PSEUDONYM, "The pseudonym", "the briefing's title",
                        BriefingFit.title(BriefingContent.title(type, pseudonym)));
            }
        }
        for (PackFields.Panel p : PackFields.PANELS) {
            String heading = p.fixedHeading() != null ? p.fixedHeading() : texts.get(p.headingKey());
            if (heading == null) {
                continue;
            }
            if (p.headingKey() != null) {
                check(errors, p.headingKey(), "The heading of panel " + p.number(), "its panel",
                        BriefingFit.panelHeading(p.number(), heading));
            }
            String text = texts.get(p.textKey());
            if (text != null) {
                String name = p.fixedHeading() != null ? p.fixedHeading() : "The text of panel " + p.number();
                check(errors, p.textKey(), name, "its panel", BriefingFit.panelText(p.number(), heading, text));
            }
        }
        for (int i = 0; i < PackFields.QUESTIONS.size(); i++) {
            String question = texts.get(PackFields.QUESTIONS.get(i));
            if (question != null) {
                check(errors, PackFields.QUESTIONS.get(i), "Reflective question " + (i + 1), "the briefing",
                        BriefingFit.question(i + 1, question));
            }
        }
        return errors;
    }

    private static void check(List<FieldError> errors, String field, String name, String place, BriefingFit.Fit fit) {
        boolean already = errors.stream().anyMatch(e -> e.field().equals(field));
        if (!fit.fits() && !already) {
            errors.add(new FieldError(field, message(name, place, fit)));
        }
    }

    static String message(String name, String place, BriefingFit.Fit fit) {
        return name + " is too long to fit " + place + ": " + fit.length() + " characters; shorten it by about "
                + fit.over() + (fit.over() == 1 ? " character" : " characters");
    }
}
