package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.shared.BusinessRuleException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.ServletWebRequest;

@ExtendWith(OutputCaptureExtension.class)
class RefusalsTest {

    private final Refusals refusals = new Refusals();
    private final ErrorPageAttributes page = new ErrorPageAttributes();

    @Test
    void aTrueFaultGetsAShortReferenceOnTheErrorPageAndInItsOneLogLineWithoutItsMessage(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tasks/42");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Exception fault = new IllegalStateException("insert into child values ('Poppy Testchild')",
                new java.sql.SQLException("Unique index violation: 'Poppy Testchild'"));

        assertThat(refusals.resolveException(request, response, null, fault)).isNotNull();

        assertThat(response.getStatus()).isEqualTo(500);
        String reference = (String) errorPage(request).get("reference");
        assertThat(reference).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(output.getAll()).contains("Fault " + reference + " answering POST /tasks/42",
                "java.lang.IllegalStateException caused by java.sql.SQLException")
                .doesNotContain("Poppy", "insert", "Unique index");
    }

    @Test
    void eachFaultHasItsOwnReference() {
        MockHttpServletRequest first = new MockHttpServletRequest();
        MockHttpServletRequest second = new MockHttpServletRequest();
        refusals.resolveException(first, new MockHttpServletResponse(), null, new IllegalStateException());
        refusals.resolveException(second, new MockHttpServletResponse(), null, new IllegalStateException());

        assertThat(errorPage(first).get("reference")).isNotNull().isNotEqualTo(errorPage(second).get("reference"));
    }

    @Test
    void aRulesRefusalIsSaidInItsOwnWordsAsAConflictNotAFault(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        refusals.resolveException(request, response, null, new BusinessRuleException("The action is already completed"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(errorPage(request)).containsEntry("problem", "The action is already completed").doesNotContainKey("reference");
        assertThat(output.getAll()).doesNotContain("Fault");
    }

    @Test
    void leavesARefusedAccessToSpringSecurity() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(refusals.resolveException(new MockHttpServletRequest(), response, null, new AccessDeniedException("no"))).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private Map<String, Object> errorPage(MockHttpServletRequest request) {
        return page.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults());
    }
}
