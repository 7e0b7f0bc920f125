package org.practicereview.administration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.AgencyDetails;
import org.practicereview.identity.AgencySector;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to agencies: add, rename (or change sector or mailbox), retire and
 * reinstate. An agency is never deleted: its code stays on the cases, users and trail that name it.
 */
@Service
public class AgencyAdministration {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final Agencies agencies;
    private final Trail trail;

    AgencyAdministration(Agencies agencies, Trail trail) {
        this.agencies = agencies;
        this.trail = trail;
    }

    /** The code as it is stored: capitals, no spaces around it. */
    public static String normaliseCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public List<FieldError> checkNew(AgencyDetails agency) {
        List<FieldError> errors = new ArrayList<>();
        String code = normaliseCode(agency.code());
        if (code.isEmpty()) {
            errors.add(new FieldError("code", "Enter a code for the agency"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "A code is 2 to 40 letters, digits or underscores and starts with a letter, like NSP"));
        } else {
            agencies.details(code).ifPresent(existing -> errors.add(new FieldError("code",
                    "The code " + code + " belongs to " + existing.name() + (existing.active() ? "" : " (retired)")
                            + ". Choose another code")));
        }
        errors.addAll(checkDetails(agency));
        return errors;
    }

    @Transactional
    public void add(Actor admin, AgencyDetails agency) {
        People.refuseIf(checkNew(agency));
        String code = normaliseCode(agency.code());
        agencies.add(new AgencyDetails(code, agency.name().strip(), agency.sector(), agency.mailbox().strip(), true));
        trail.append(null, admin, TrailAction.AGENCY_ADDED, "agency " + code);
    }

    public List<FieldError> checkChange(String code, AgencyDetails agency) {
        existing(code);
        return checkDetails(agency);
    }

    @Transactional
    public void change(Actor admin, String code, AgencyDetails agency) {
        People.refuseIf(checkChange(code, agency));
        agencies.change(code, agency.name().strip(), agency.sector(), agency.mailbox().strip());
        trail.append(null, admin, TrailAction.AGENCY_CHANGED, "agency " + code);
    }

    @Transactional
    public void retire(Actor admin, String code) {
        existing(code);
        agencies.retire(code);
        trail.append(null, admin, TrailAction.AGENCY_RETIRED, "agency " + code);
    }

    @Transactional
    public void reinstate(Actor admin, String code) {
        existing(code);
        agencies.reinstate(code);
        trail.append(null, admin, TrailAction.AGENCY_REINSTATED, "agency " + code);
    }

    public AgencyDetails existing(String code) {
        return agencies.details(code).orElseThrow(AgencyNotFoundException::new);
    }

    private static List<FieldError> checkDetails(AgencyDetails agency) {
        List<FieldError> errors = new ArrayList<>();
        String name = agency.name() == null ? "" : agency.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "Enter the agency’s name"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("name", "The agency’s name must be 200 characters or fewer"));
        }
        if (Arrays.stream(AgencySector.values()).noneMatch(s -> s.name().equals(agency.sector()))) {
            errors.add(new FieldError("sector", "Select the agency’s sector"));
        }
        String mailbox = agency.mailbox() == null ? "" : agency.mailbox().strip();
        if (mailbox.isEmpty()) {
            errors.add(new FieldError("mailbox", "Enter the agency’s safeguarding mailbox"));
        } else if (mailbox.length() > 320 || !People.EMAIL.matcher(mailbox).matches()) {
            errors.add(new FieldError("mailbox", "Enter the mailbox in the correct format, like safeguarding@example.org"));
        }
        return errors;
    }

    /** No agency has this code. */
    public static class AgencyNotFoundException extends RuntimeException {
        AgencyNotFoundException() {
            super("No such agency", null, false, false);
        }
    }
}
