package org.practicereview.referral.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.identity.SignedInUser;
import org.practicereview.referral.ReferralStatuses;
import org.practicereview.referral.ReferrerQuestions;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals from agency systems: sent whole, validated like the web journey, their status, and the
 * answers to the business unit's questions about them.
 */
@RestController
@RequestMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals")
class ReferralsApiController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IdempotentSubmissions submissions;
    private final ReferralStatuses statuses;
    private final RequestHashes hashes;
    private final Forms forms;

    ReferralsApiController(IdempotentSubmissions submissions, ReferralStatuses statuses, RequestHashes hashes, Forms forms) {
        this.submissions = submissions;
        this.statuses = statuses;
        this.hashes = hashes;
        this.forms = forms;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "submitReferral", summary = "Submit a referral",
            description = "Checks every section with the rules of the web journey and, when all are right, opens the case "
                    + "and starts its review. A refused referral stores nothing. Sending the same request again with the "
                    + "same Idempotency-Key returns the first answer and creates nothing.")
    ResponseEntity<ReferralCreated> submit(
            @AuthenticationPrincipal SignedInUser caller,
            @Parameter(in = ParameterIn.HEADER, required = true, example = "northshire-health-2026-000123",
                    description = "New for each referral: 1 to 200 visible ASCII characters. Retries of one referral reuse it.")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody ReferralRequest request) {
        IdempotentSubmissions.checkKey(idempotencyKey);
        Actor actor = caller.actor();
        List<FieldError> refused = new ArrayList<>(request.unknownFields(forms));
        if (request.aboutYou() != null && request.aboutYou().get("agencyCode") instanceof String code
                && !code.equals(actor.agencyCode())) {
            refused.add(new FieldError("aboutYou.agencyCode", "Your agency must be the agency of this system account"));
        }
        if (!refused.isEmpty()) {
            throw new InvalidSubmissionException(refused);
        }
        IdempotentSubmissions.Outcome outcome = submissions.submit(actor, idempotencyKey, hashes.of(request), request.byFormId());
        return ResponseEntity.created(URI.create("/api/referrals/" + outcome.answer().reference()))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(outcome.answer());
    }

    @GetMapping("/{reference}")
    @Operation(operationId = "getReferralStatus", summary = "Where a referral stands",
            description = "For referrals submitted by an account of the caller's agency; any other reference is not found. "
                    + "While the business unit waits for answers, its questions, when it asked them, by when it asks for the answer (the board's target) and where to send it.")
    ReferralStatusResponse status(@AuthenticationPrincipal SignedInUser caller,
                                  @Parameter(example = "PR-2026-0001") @PathVariable String reference) {
        return statuses.ofAgency(caller.actor().agencyCode(), ownReference(reference))
                .map(ReferralStatusResponse::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping(path = "/{reference}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "answerQuestions", summary = "Answer the business unit's questions",
            description = "Answers the open questions about a referral of the caller's agency, with the form and rules of the "
                    + "task page (form provide-more-information), and sends the referral back to triage. A refused answer "
                    + "stores nothing. Sending the same request again with the same Idempotency-Key returns the first "
                    + "answer; when there is no open question (answered by someone else, or withdrawn) the answer is a 409.")
    ResponseEntity<AnswerReceived> answer(
            @AuthenticationPrincipal SignedInUser caller,
            @Parameter(in = ParameterIn.HEADER, required = true, example = "northshire-health-2026-000123-answer-1",
                    description = "New for each answer: 1 to 200 visible ASCII characters. Retries of one answer reuse it.")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Parameter(example = "PR-2026-0001") @PathVariable String reference,
            @RequestBody Map<String, Object> body) {
        IdempotentSubmissions.checkKey(idempotencyKey);
        Actor actor = caller.actor();
        CaseReference ref = ownReference(reference);
        if (statuses.ofAgency(actor.agencyCode(), ref).isEmpty()) {
            throw new NotFoundException();
        }
        FormDefinition form = forms.get(ReferrerQuestions.ANSWER_FORM);
        if (body.keySet().stream().anyMatch(key -> !form.hasField(key))) {
            throw new InvalidSubmissionException(List.of(new FieldError("(request)",
                    "The request has a property that is not a question of the form")));
        }
        IdempotentSubmissions.Outcome outcome = submissions.answer(actor, idempotencyKey,
                hashes.ofAnswer(ref.value(), body), ref, body);
        return ResponseEntity.ok()
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(AnswerReceived.of(outcome.answer()));
    }

    private static CaseReference ownReference(String reference) {
        if (!CaseReference.isValid(reference)) {
            throw new NotFoundException();
        }
        return new CaseReference(reference);
    }
}
