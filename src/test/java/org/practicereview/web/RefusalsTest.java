package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.ExtendedModelMap;

@ExtendWith(OutputCaptureExtension.class)
class RefusalsTest {

    private final Refusals refusals = new Refusals();

    @Test
    void aTrueFaultGetsAShortReferenceOnThePageAndInItsOneLogLineWithoutItsMessage(CapturedOutput output) throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        Exception fault = new IllegalStateException("insert into child values ('Poppy Testchild')",
                new java.sql.SQLException("Unique index violation: 'Poppy Testchild'"));

        String view = refusals.fault(fault, new MockHttpServletRequest("POST", "/tasks/42"), response, model);

        assertThat(view).isEqualTo("error");
        assertThat(response.getStatus()).isEqualTo(500);
        String reference = (String) model.get("reference");
        assertThat(reference).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(output.getAll()).contains("Fault " + reference + " answering POST /tasks/42",
                "java.lang.IllegalStateException caused by java.sql.SQLException")
                .doesNotContain("Poppy", "insert", "Unique index");
    }

    @Test
    void eachFaultHasItsOwnReference() throws Exception {
        ExtendedModelMap first = new ExtendedModelMap();
        ExtendedModelMap second = new ExtendedModelMap();
        refusals.fault(new IllegalStateException(), new MockHttpServletRequest(), new MockHttpServletResponse(), first);
        refusals.fault(new IllegalStateException(), new MockHttpServletRequest(), new MockHttpServletResponse(), second);

        assertThat(first.get("reference")).isNotEqualTo(second.get("reference"));
    }

    @Test
    void aRulesRefusalIsSaidInItsOwnWordsAsAConflictNotAFault(CapturedOutput output) {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = refusals.refused(new BusinessRuleException("The action is already completed"), response, model);

        assertThat(view).isEqualTo("error");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.get("problem")).isEqualTo("The action is already completed");
        assertThat(output.getAll()).doesNotContain("Fault");
    }

    @Test
    void leavesNotFoundAndForbiddenToTheirOwnAnswers() {
        for (Exception answered : new Exception[] {new NotFoundException(), new AccessDeniedException("no")}) {
            assertThatThrownBy(() -> refusals.fault(answered, new MockHttpServletRequest(), new MockHttpServletResponse(),
                    new ExtendedModelMap())).isSameAs(answered);
        }
    }
}
