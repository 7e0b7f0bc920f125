package org.practicereview.administration;

import java.util.List;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.InvalidSettingsException;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator changes the board's settings: a new version, written to the trail with it. */
@Service
public class SettingsAdministration {

    private final BoardSettings settings;
    private final Trail trail;

    SettingsAdministration(BoardSettings settings, Trail trail) {
        this.settings = settings;
        this.trail = trail;
    }

    @Transactional
    public SettingsVersion change(Actor admin, SettingsChange change) {
        SettingsVersion before = settings.current();
        SettingsVersion after;
        try {
            after = settings.change(change, admin.userId());
        } catch (InvalidSettingsException e) {
            throw new InvalidSubmissionException(errors(e));
        }
        trail.append(null, admin, TrailAction.BOARD_SETTINGS_CHANGED, "version " + after.version() + " replaces version "
                + before.version() + "; changed: " + String.join(", ", SettingsDifferences.between(before, after)));
        return after;
    }

    static List<FieldError> errors(InvalidSettingsException e) {
        return e.errors().entrySet().stream().map(x -> new FieldError(x.getKey(), x.getValue())).toList();
    }
}
