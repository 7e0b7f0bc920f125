package org.practicereview.administration.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The settings form as the administrator finds it, filled in with the settings in force, for a test to change the
 * fields it is about and post back. Read from the page itself, so a setting added later comes along with its current
 * value and no test that posts the form has to learn about it.
 */
public final class SettingsForm {

    private final LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();

    private SettingsForm() {}

    /** The form at {@code /admin/settings/edit}, as {@code admin} sees it. */
    public static SettingsForm asFound(MockMvc mvc, RequestPostProcessor admin) throws Exception {
        String html = mvc.perform(get("/admin/settings/edit").with(admin)).andReturn().getResponse().getContentAsString();
        Element form = Jsoup.parse(html).selectFirst("form[method=post]:has(input[name=boardName])");
        if (form == null) {
            throw new IllegalStateException("The settings page has no settings form");
        }
        SettingsForm found = new SettingsForm();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (name.equals("_csrf") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                found.fields.add(name, chosen != null ? chosen.attr("value") : "");
            } else if (input.tagName().equals("textarea")) {
                found.fields.add(name, input.text());
            } else if (type.equals("radio") || type.equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    found.fields.add(name, input.attr("value"));
                }
            } else {
                found.fields.add(name, input.attr("value"));
            }
        }
        return found;
    }

    /** The field changed to {@code value}; the form again, for the next change. */
    public SettingsForm with(String name, String value) {
        if (!fields.containsKey(name)) {
            throw new IllegalArgumentException("The settings form has no field " + name);
        }
        fields.put(name, java.util.List.of(value));
        return this;
    }

    /** A day as the form's three boxes of the date {@code name} carry it; null leaves them empty. */
    public SettingsForm withDate(String name, java.time.LocalDate day) {
        with(name + "-day", day == null ? "" : String.valueOf(day.getDayOfMonth()));
        with(name + "-month", day == null ? "" : String.valueOf(day.getMonthValue()));
        return with(name + "-year", day == null ? "" : String.valueOf(day.getYear()));
    }

    public MultiValueMap<String, String> fields() {
        return new LinkedMultiValueMap<>(fields);
    }
}
