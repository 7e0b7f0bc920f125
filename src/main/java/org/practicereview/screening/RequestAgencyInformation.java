package org.practicereview.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.identity.Agencies;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.DeadlineClock;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The coordinator opens an information round: the chosen agencies are asked for summaries within the
 * working days the board's settings give (10 by default); the round keeps that date whatever changes later.
 * Each agency's task, once created, asks it by mail ({@link AskAgencyForSummary}).
 */
@Component
class RequestAgencyInformation implements UserTaskHandler {

    static final String FORM = "request-agency-information";
    private final InformationRequests requests;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final BoardSettings settings;

    RequestAgencyInformation(InformationRequests requests, Agencies agencies, WorkingDays workingDays, Clock clock,
                             BoardSettings settings) {
        this.settings = settings;
        this.requests = requests;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_RequestAgencyInformation";
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        List<String> codes = values.list("agencies");
        requireKnown(codes);
        CaseReference ref = task.caseReference();
        int round = (int) requests.countByCaseReference(ref.value()) + 1;
        int days = settings.clockStarted(ref, DeadlineClock.AGENCY_SUMMARY).agencySummaryWorkingDays();
        Instant due = workingDays.dueIn(days).toInstant();
        requests.save(InformationRequest.open(ref, round, codes, values.textOrNull("note"), task.actor(), clock.instant(), due));
        return Map.of(ProcessVariables.AGENCIES, new ArrayList<>(codes), ProcessVariables.INFORMATION_ROUND, round,
                ProcessVariables.AGENCY_SUMMARY_DUE, java.util.Date.from(due));
    }

    private void requireKnown(List<String> codes) {
        Set<String> known = agencies.known(codes);
        List<FieldError> unknown = codes.stream().filter(code -> !known.contains(code))
                .map(code -> new FieldError("agencies", "Select agencies from the list")).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidSubmissionException(unknown);
        }
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        return "round " + variables.get(ProcessVariables.INFORMATION_ROUND) + " agencies " + variables.get(ProcessVariables.AGENCIES);
    }
}
