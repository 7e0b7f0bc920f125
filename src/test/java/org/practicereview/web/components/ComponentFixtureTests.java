package org.practicereview.web.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicereview.web.components.Components.assertConforms;
import static org.practicereview.web.components.Components.fixture;
import static org.practicereview.web.components.Components.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicereview.shared.web.Pagination.PageLink;
import org.practicereview.workflow.FieldError;

/**
 * Each of our components/ fragments, fed the data of a govuk-frontend fixture, renders the fixture's HTML: same
 * elements in the same order, same classes, attributes and text.
 */
class ComponentFixtureTests {

    /** Null-friendly Map.of. */
    static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Nested
    class Tag {
        @ParameterizedTest
        @CsvSource(nullValues = "null", value = {"default, null", "grey, grey", "light blue, light-blue", "turquoise, turquoise",
                "green, green", "purple, purple", "pink, pink", "red, red", "orange, orange", "yellow, yellow"})
        void conforms(String name, String colour) {
            var f = fixture("tag", name);
            assertConforms(render("components/tag :: tag(${text}, ${colour})", vars("text", f.option("/text"), "colour", colour)), f);
        }

        @Test
        void escapesMarkup() {
            var f = fixture("tag", "html as text");
            String ours = render("components/tag :: tag(${text}, null)", vars("text", f.option("/text")));
            assertThat(ours).doesNotContain("<span>");
            assertConforms(ours, f);
        }
    }

    @Nested
    class Panel {
        @Test
        void withBody() {
            var f = fixture("panel", "default");
            assertConforms(render("components/panel :: panel(${title}, ${body}, null)",
                    vars("title", f.option("/titleHtml"), "body", f.option("/text"))), f);
        }

        @Test
        void titleOnly() {
            var f = fixture("panel", "title with no body text");
            assertConforms(render("components/panel :: panel(${title}, null, null)", vars("title", f.option("/titleText"))), f);
        }

        @Test
        void withReference() {
            // Not in the fixtures: our confirmation page puts the reference in bold on its own line, as GOV.UK's
            // confirmation page pattern does ("Your reference number<br><strong>HDJ2123F</strong>").
            var f = fixture("panel", "default");
            String ours = render("components/panel :: panel(${title}, 'Your reference number', 'HDJ2123F')", vars("title", f.option("/titleHtml")));
            assertThat(ours).contains("<div class=\"govuk-panel__body\">Your reference number<br><strong>HDJ2123F</strong></div>");
        }
    }

    @Nested
    class BackLink {
        @Test
        void defaultLink() {
            assertConforms(render("components/back-link :: backLink('#', 'Back')", Map.of()), fixture("back-link", "default"));
        }

        @Test
        void customTextAndLink() {
            var f = fixture("back-link", "with custom text and link");
            assertConforms(render("components/back-link :: backLink(${href}, ${text})",
                    vars("href", f.option("/href"), "text", f.option("/text"))), f);
        }
    }

    @Nested
    class Button {
        @Test
        void submit() {
            var f = fixture("button", "default");
            assertConforms(render("components/button :: submitButton(${text}, null, null)", vars("text", f.option("/text"))), f);
        }

        @Test
        void secondary() {
            var f = fixture("button", "secondary");
            assertConforms(render("components/button :: submitButton(${text}, 'secondary', ${name})",
                    vars("text", f.option("/text"), "name", f.option("/name"))), f);
        }

        @Test
        void warning() {
            var f = fixture("button", "warning");
            assertConforms(render("components/button :: submitButton(${text}, 'warning', ${name})",
                    vars("text", f.option("/text"), "name", f.option("/name"))), f);
        }

        @Test
        void link() {
            var f = fixture("button", "link");
            assertConforms(render("components/button :: linkButton(${text}, ${href}, null)",
                    vars("text", f.option("/text"), "href", f.option("/href"))), f);
        }

        @Test
        void start() {
            var f = fixture("button", "start");
            assertConforms(render("components/button :: startButton(${text})", vars("text", f.option("/text"))), f);
        }

        @Test
        void startLink() {
            var f = fixture("button", "start link");
            assertConforms(render("components/button :: startLink(${text}, ${href})",
                    vars("text", f.option("/text"), "href", f.option("/href"))), f);
        }
    }

    @Nested
    class NotificationBanner {
        @Test
        void important() {
            var f = fixture("notification-banner", "default");
            assertConforms(render("components/notification-banner :: banner(null, ${text}, 'govuk-notification-banner-title')",
                    vars("text", f.option("/text"))), f);
        }

        @Test
        void success() {
            var f = fixture("notification-banner", "with type as success");
            assertConforms(render("components/notification-banner :: banner('success', ${text}, 'govuk-notification-banner-title')",
                    vars("text", f.option("/text"))), f);
        }
    }

    @Nested
    class ErrorSummary {
        @Test
        void withLinks() {
            var f = fixture("error-summary", "default");
            List<FieldError> errors = new ArrayList<>();
            f.options().get("errorList").forEach(e -> errors.add(
                    new FieldError(e.get("href").asText().substring(1), e.get("text").asText())));
            assertConforms(render("components/error-summary :: errorSummary(${errors})", vars("errors", errors)), f);
        }

        @Test
        void withoutLinks() {
            var f = fixture("error-summary", "without links");
            assertConforms(render("components/error-summary :: errorSummary(${errors})",
                    vars("errors", List.of(new FieldError(null, f.option("/errorList/0/text"))))), f);
        }

        @Test
        void nothingWithoutErrors() {
            assertThat(render("components/error-summary :: errorSummary(${errors})", vars("errors", List.of()))).isBlank();
        }
    }

    @Nested
    class SummaryList {
        /** The fixture's rows with text values (the fixtures' third row has an HTML value, which we never render). */
        private String rows(com.fasterxml.jackson.databind.JsonNode rows, boolean withChange) {
            StringBuilder html = new StringBuilder();
            for (var r : rows) {
                if (r.at("/value/text").isMissingNode()) {
                    continue;
                }
                Map<String, Object> v = vars("key", r.at("/key/text").asText(), "value", r.at("/value/text").asText(),
                        "href", withChange ? r.at("/actions/items/0/href").asText() : null,
                        "hidden", withChange ? r.at("/actions/items/0/visuallyHiddenText").asText() : null);
                html.append(render("components/summary-list :: row(${key}, ${value}, ${href}, ${hidden})", v));
            }
            return "<dl class=\"govuk-summary-list\">" + html + "</dl>";
        }

        private static void dropHtmlRow(Element fixture) {
            fixture.select(".govuk-summary-list__row").stream()
                    .filter(r -> r.selectFirst(".govuk-summary-list__value p") != null)
                    .forEach(Element::remove);
        }

        @Test
        void rows() {
            var f = fixture("summary-list", "default");
            assertConforms(rows(f.options().get("rows"), false), f, Map.of(), SummaryList::dropHtmlRow);
        }

        @Test
        void rowWithChangeLink() {
            // Our rows have one action, "Change": the fixture's single-action row ("Date of birth") is the one to match.
            var f = fixture("summary-list", "with actions");
            var dob = f.options().get("rows").get(1);
            String ours = render("components/summary-list :: row(${key}, ${value}, ${href}, ${hidden})",
                    vars("key", dob.at("/key/text").asText(), "value", dob.at("/value/text").asText(),
                            "href", dob.at("/actions/items/0/href").asText(),
                            "hidden", dob.at("/actions/items/0/visuallyHiddenText").asText()));
            assertConforms("<dl class=\"govuk-summary-list\">" + ours + "</dl>", f, Map.of(), e -> e.select(".govuk-summary-list__row")
                    .stream().filter(r -> !r.text().contains("Date of birth")).forEach(Element::remove));
        }

        @Test
        void cardWithTextHeader() {
            var f = fixture("summary-list", "as a summary card with a text header");
            assertConforms(card(f, null), f);
        }

        @Test
        void cardWithAction() {
            var f = fixture("summary-list", "as a summary card with actions");
            // The fixture has two card actions; ours have one: compare with the first.
            assertConforms(card(f, f.option("/card/actions/items/0/text")), f, Map.of(),
                    e -> e.select(".govuk-summary-card__action").last().remove());
        }

        private String card(Components.Fixture f, String actionText) {
            List<Map<String, String>> rows = new ArrayList<>();
            f.options().get("rows").forEach(r -> rows.add(Map.of("key", r.at("/key/text").asText(), "value", r.at("/value/text").asText())));
            return render("component-tests/summary-card :: card", vars("title", f.option("/card/title/text"), "rows", rows,
                    "actionText", actionText, "actionHref", actionText == null ? null : "#"));
        }

        @Test
        void tagRow() {
            // Not in the fixtures: a row whose value is a tag, as the tag fixture renders it.
            String ours = render("components/summary-list :: tagRow('Stage', 'Triage', 'light-blue')", Map.of());
            assertThat(ours).contains("<dd class=\"govuk-summary-list__value\"><strong class=\"govuk-tag govuk-tag--light-blue\">Triage</strong></dd>");
        }
    }

    @Nested
    class TaskList {
        private String items(Components.Fixture f) {
            StringBuilder html = new StringBuilder("<ul class=\"govuk-task-list\">");
            int n = 0;
            for (var item : f.options().get("items")) {
                n++;
                String tag = item.at("/status/tag/classes").isMissingNode() ? null : "govuk-tag " + item.at("/status/tag/classes").asText();
                String status = tag != null ? item.at("/status/tag/text").asText() : item.at("/status/text").asText();
                html.append(render("components/task-list :: item(${id}, ${title}, ${href}, ${hint}, ${status}, ${tag})",
                        vars("id", "task-list-" + n, "title", item.at("/title/text").asText(),
                                "href", item.has("href") ? item.get("href").asText() : null,
                                "hint", item.at("/hint/text").isMissingNode() ? null : item.at("/hint/text").asText(),
                                "status", status, "tag", tag)));
            }
            return html.append("</ul>").toString();
        }

        @Test
        void linkedItemsWithTags() {
            var f = fixture("task-list", "default");
            assertConforms(items(f), f);
        }

        @Test
        void hintsAndCannotStartYet() {
            var f = fixture("task-list", "with hint text and additional states");
            assertConforms(items(f), f);
        }
    }

    @Nested
    class Pagination {
        private String pagination(Components.Fixture f) {
            List<PageLink> items = new ArrayList<>();
            f.options().get("items").forEach(i -> items.add(i.has("ellipsis")
                    ? new PageLink(0, null, false)
                    : new PageLink(i.get("number").asInt(), i.get("href").asText(), i.path("current").asBoolean(false))));
            return render("components/pagination :: pagination(${previous}, ${next}, ${items})",
                    vars("previous", f.option("/previous/href"), "next", f.option("/next/href"), "items", items));
        }

        @Test
        void previousAndNext() {
            var f = fixture("pagination", "default");
            assertConforms(pagination(f), f);
        }

        @Test
        void ellipses() {
            var f = fixture("pagination", "with many pages");
            assertConforms(pagination(f), f);
        }

        @Test
        void firstPage() {
            var f = fixture("pagination", "first page");
            assertConforms(pagination(f), f);
        }

        @Test
        void lastPage() {
            var f = fixture("pagination", "last page");
            assertConforms(pagination(f), f);
        }
    }

    @Nested
    class Table {
        private String table(Components.Fixture f, boolean rowHeaders) {
            List<String> head = new ArrayList<>();
            List<Integer> numeric = new ArrayList<>();
            f.options().get("head").forEach(h -> {
                if ("numeric".equals(h.path("format").asText())) {
                    numeric.add(head.size());
                }
                head.add(h.get("text").asText());
            });
            List<List<String>> rows = new ArrayList<>();
            f.options().get("rows").forEach(r -> {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.get("text").asText()));
                rows.add(cells);
            });
            return render("components/table :: table(${caption}, ${head}, ${rows}, ${numeric}, ${rowHeaders})",
                    vars("caption", f.option("/caption"), "head", head, "rows", rows, "numeric", numeric, "rowHeaders", rowHeaders));
        }

        @Test
        void withHead() {
            var f = fixture("table", "with head");
            assertConforms(table(f, false), f);
        }

        @Test
        void withCaptionAndRowHeaders() {
            var f = fixture("table", "with head and caption");
            assertThat(f.option("/captionClasses")).isEqualTo("govuk-table__caption--m");
            assertConforms(table(f, true), f);
        }
    }

    @Nested
    class DateInput {
        /**
         * The question of the service's own pages (and of the forms' renderer), with the differences
         * FormComponentFixtureTests names: the day box's id is the question's name, the boxes' names are prefixed
         * with it and their container is name + "-date"; a small legend; boxes always carry what was typed.
         */
        void check(String name, String day, String month, String year) {
            var f = fixture("date-input", name);
            String key = f.option("/id");
            String ours = render("components/date-input :: dateInput(${name}, ${legend}, ${hint}, ${day}, ${month}, ${year}, ${error})",
                    vars("name", key, "legend", f.option("/fieldset/legend/text"), "hint", f.option("/hint/text"),
                            "day", day, "month", month, "year", year, "error", f.option("/errorMessage/text")));
            Map<String, String> renames = Map.of(key, key + "-date", key + "-day", key,
                    "day", key + "-day", "month", key + "-month", "year", key + "-year");
            assertConforms(ours, f, renames, FormComponentFixtureTests.SMALL_LEGEND.andThen(FormComponentFixtureTests.EMPTY_VALUES));
        }

        @Test
        void withAHint() {
            check("default", "", "", "");
        }

        @Test
        void withAnErrorMarkingAllThreeBoxes() {
            check("with errors and hint", "", "", "");
        }

        @Test
        void keepsWhatWasTypedInEachBox() {
            String ours = render("components/date-input :: dateInput('usedOn', 'When was it used?', null, '31', '2', '2027', null)", Map.of())
                    .replaceAll("\\s+", " ");
            assertThat(ours).contains("id=\"usedOn\" name=\"usedOn-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"",
                    "name=\"usedOn-month\" type=\"text\" inputmode=\"numeric\" value=\"2\"",
                    "name=\"usedOn-year\" type=\"text\" inputmode=\"numeric\" value=\"2027\"").doesNotContain("aria-describedby", "govuk-hint");
        }
    }
}
