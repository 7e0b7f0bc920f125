package org.practicereview.web.cases;

import org.springframework.stereotype.Component;

/** Codes as words in templates: {@code th:text="${@caseWords.of(review.status())}"} shows "Reviewer appointed". */
@Component("caseWords")
public class CaseWords {

    public String of(Enum<?> code) {
        return code == null ? "" : Labels.words(code.name());
    }
}
