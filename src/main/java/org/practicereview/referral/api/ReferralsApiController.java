package org.practicereview.referral.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.practicereview.identity.SignedInUser;
import org.practicereview.referral.ReferralStatuses;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
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

/** Referrals from agency systems: sent whole, validated like the web journey, and their status. */
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
            description = "For referrals submitted by an account of the caller's agency; any other reference is not found.")
    ReferralStatusResponse status(@AuthenticationPrincipal SignedInUser caller,
                                  @Parameter(example = "PR-2026-0001") @PathVariable String reference) {
        if (!CaseReference.isValid(reference)) {
            throw new NotFoundException();
        }
        return statuses.ofAgency(caller.actor().agencyCode(), new CaseReference(reference))
                .map(ReferralStatusResponse::of).orElseThrow(NotFoundException::new);
    }
}
