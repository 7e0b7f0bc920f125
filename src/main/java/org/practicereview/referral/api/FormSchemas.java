package org.practicereview.referral.api;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;
import org.practicereview.workflow.Forms;

/**
 * JSON schemas of the referral sections, read from the referral forms themselves, so the document
 * can never drift from what the server validates: one property per form key, with its type,
 * options, length and pattern. Rules that span fields (e.g. a date of death after birth) are in
 * the descriptions' words only.
 */
final class FormSchemas {

    /** What the purpose's values mean under each law: the value stays, the board's pages word it for the case's law. */
    static final String PURPOSE_UNDER_EITHER_LAW = "SCR_CONSIDERATION asks the board to consider a serious case review; on a "
            + "board that follows the 2018 arrangements the same value is a serious incident, for notification to the national "
            + "panel and a rapid review, and the board's pages word it so. MULTI_AGENCY_LEARNING and GOOD_PRACTICE go to the "
            + "Practice Review Group as a reflective or good-practice review under either law.";

    private FormSchemas() {}

    static Schema<?> request(Forms forms) {
        ObjectSchema request = new ObjectSchema();
        request.description("A whole referral. Each property is one referral form (named in its description); "
                + "its keys are that form's keys. Children, family members and agencies are arrays, each with a "
                + "most it may hold (maxItems); every text has its longest (maxLength).");
        request.additionalProperties(false);
        for (ApiSection s : ApiSection.values()) {
            Schema<?> section = section(forms.get(s.formId()));
            if (s == ApiSection.PURPOSE) {
                Schema<?> purpose = section.getProperties().get("purpose");
                purpose.description(purpose.getDescription() + " " + PURPOSE_UNDER_EITHER_LAW);
            }
            if (s.section().repeating()) {
                ArraySchema items = new ArraySchema();
                items.items(section);
                if (s.section().minimum() > 0) {
                    items.minItems(s.section().minimum());
                }
                items.maxItems(s.section().maximum());
                items.description(section.getDescription() + ". " + s.section().tooMany() + ".");
                request.addProperty(s.property(), items);
            } else {
                request.addProperty(s.property(), section);
            }
            if (s.section().minimum() > 0) {
                request.addRequiredItem(s.property());
            }
        }
        return request;
    }

    /** One form's keys as an object, such as the answer to the business unit's questions. */
    static Schema<?> section(FormDefinition form) {
        ObjectSchema section = new ObjectSchema();
        section.description(form.title() + " (form " + form.id() + ")");
        section.additionalProperties(false);
        for (FormField field : form.fields()) {
            section.addProperty(field.key(), property(field));
            if (field.required()) {
                section.addRequiredItem(field.key());
            }
        }
        return section;
    }

    private static Schema<?> property(FormField field) {
        Schema<?> schema = switch (field.type()) {
            case CHECKBOX -> new BooleanSchema();
            case NUMBER -> numeric(field);
            case DATETIME -> new StringSchema().format("date");
            case CHECKLIST, TAGLIST -> new ArraySchema().items(text(field)).uniqueItems(true);
            case TEXTFIELD, TEXTAREA, RADIO, SELECT -> text(field);
        };
        String label = field.label() == null ? field.key() : field.label();
        schema.description(field.description() == null ? label : label + ". " + field.description());
        return schema;
    }

    private static StringSchema text(FormField field) {
        StringSchema text = new StringSchema();
        if (field.hasOptions()) {
            text._enum(List.copyOf(field.options().stream().map(FormField.Option::value).toList()));
            return text;
        }
        FormField.Rules rules = field.rules();
        text.maxLength(rules.maxLength());
        text.minLength(rules.minLength());
        text.pattern(rules.pattern());
        return text;
    }

    private static Schema<?> numeric(FormField field) {
        NumberSchema number = new NumberSchema();
        if (field.rules().min() != null) {
            number.minimum(java.math.BigDecimal.valueOf(field.rules().min()));
        }
        if (field.rules().max() != null) {
            number.maximum(java.math.BigDecimal.valueOf(field.rules().max()));
        }
        return number;
    }
}
