package org.practicereview.workflow;

import java.util.List;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Options that live in the database rather than in the form (form-js {@code valuesKey}): the board's
 * agencies, its independent reviewers. The page offers them; the task service checks them again.
 */
@Component
public class DynamicOptions {

    private final Agencies agencies;
    private final Users users;

    DynamicOptions(Agencies agencies, Users users) {
        this.agencies = agencies;
        this.users = users;
    }

    public FormDefinition resolve(FormDefinition form) {
        List<FormField> fields = form.fields().stream().map(this::resolve).toList();
        return new FormDefinition(form.id(), form.title(), fields);
    }

    private FormField resolve(FormField f) {
        String key = f.property("valuesKey");
        if (key == null || f.hasOptions()) {
            return f;
        }
        List<FormField.Option> options = switch (key) {
            case "agencies", "agencyOptions" -> agencies.all().stream().map(a -> new FormField.Option(a.code(), a.name())).toList();
            case "reviewers", "reviewerOptions" -> users.withRole(Role.REVIEWER).stream()
                    .map(u -> new FormField.Option(u.username(), u.displayName())).toList();
            default -> List.of();
        };
        return f.withOptions(options);
    }
}
