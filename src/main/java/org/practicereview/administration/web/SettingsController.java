package org.practicereview.administration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.administration.SettingsAdministration;
import org.practicereview.identity.Users;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.FollowUpSurvey;
import org.practicereview.settings.MeetingQuorum;
import org.practicereview.settings.SettingRule;
import org.practicereview.settings.RapidReviewStart;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.settings.WorkingDayTargets;
import org.practicereview.settings.WorkingDayRegion;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The board's settings: each with its default and the source of its rule beside it, every version listed. */
@Controller
class SettingsController {

    private final BoardSettings settings;
    private final SettingsAdministration administration;
    private final Users users;

    SettingsController(BoardSettings settings, SettingsAdministration administration, Users users) {
        this.settings = settings;
        this.administration = administration;
        this.users = users;
    }

    @GetMapping("/admin/settings")
    String show(Model model) {
        SettingsVersion current = settings.current();
        model.addAttribute("current", current);
        model.addAttribute("rows", rows(current));
        model.addAttribute("changedOn", GovDates.time(current.changedAt()));
        model.addAttribute("history", settings.history().stream().map(v -> List.of(String.valueOf(v.version()),
                GovDates.time(v.changedAt()), users.nameOf(v.changedBy()))).toList());
        model.addAttribute("backLink", "/admin");
        return "administration/settings/show";
    }

    @GetMapping("/admin/settings/edit")
    String edit(Model model) {
        SettingsChange c = settings.current().values();
        Map<String, String> values = new java.util.HashMap<>(Map.of("boardName", c.boardName(), "nationalPanelAddress", n(c.nationalPanelAddress()),
                "ofstedAddress", n(c.ofstedAddress()), "chairAddress", n(c.chairAddress()),
                "businessUnitAddress", n(c.businessUnitAddress()), "boardMembersAddress", n(c.boardMembersAddress()),
                "region", c.region().name(), "agencySummaryWorkingDays", String.valueOf(c.agencySummaryWorkingDays()),
                "decisionPeriodMonths", String.valueOf(c.decisionPeriodMonths()),
                "noticePeriodWorkingDays", String.valueOf(c.noticePeriodWorkingDays())));
        WorkingDayTargets t = c.targets();
        values.putAll(Map.of("triageWorkingDays", String.valueOf(t.triage()),
                "agencyRequestWorkingDays", String.valueOf(t.agencyRequest()), "screeningWorkingDays", String.valueOf(t.screening()),
                "recommendationWorkingDays", String.valueOf(t.recommendation()),
                "referrerReplyWorkingDays", String.valueOf(t.referrerReply()), "publicationWorkingDays", String.valueOf(t.publication()),
                "meetingQuorumMembers", String.valueOf(c.quorum().members()),
                "meetingQuorumAgencies", String.valueOf(c.quorum().agencies())));
        values.put("newCaseRegime", c.caseRegime().newCases().name());
        java.time.LocalDate from = c.caseRegime().newArrangementsFrom();
        values.put("newArrangementsFrom-day", from == null ? "" : String.valueOf(from.getDayOfMonth()));
        values.put("newArrangementsFrom-month", from == null ? "" : String.valueOf(from.getMonthValue()));
        values.put("newArrangementsFrom-year", from == null ? "" : String.valueOf(from.getYear()));
        values.put("surveyMonths", String.valueOf(c.survey().monthsAfterPublication()));
        values.put("surveyReminderWorkingDays", String.valueOf(c.survey().reminderWorkingDays()));
        values.put("secretaryOfStateAddress", n(c.secretaryOfStateAddress()));
        values.put("rapidReviewStart", c.rapidReviewStart().name());
        return form(model, values, List.of());
    }

    @PostMapping("/admin/settings/edit")
    String change(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        SettingsChange change = new SettingsChange(form.get("boardName"), form.get("nationalPanelAddress"),
                form.get("ofstedAddress"), form.get("chairAddress"), form.get("businessUnitAddress"),
                form.get("boardMembersAddress"), region(form.get("region")), number(form.get("agencySummaryWorkingDays")),
                number(form.get("decisionPeriodMonths")), number(form.get("noticePeriodWorkingDays")),
                new WorkingDayTargets(number(form.get("triageWorkingDays")), number(form.get("agencyRequestWorkingDays")),
                        number(form.get("screeningWorkingDays")), number(form.get("recommendationWorkingDays")),
                        number(form.get("referrerReplyWorkingDays")), number(form.get("publicationWorkingDays"))),
                new MeetingQuorum(number(form.get("meetingQuorumMembers")), number(form.get("meetingQuorumAgencies"))),
                RegimeChoice.of(form),
                new FollowUpSurvey(number(form.get("surveyMonths")), number(form.get("surveyReminderWorkingDays"))),
                form.get("secretaryOfStateAddress"), rapidReviewStart(form.get("rapidReviewStart")));
        try {
            SettingsVersion saved = administration.change(CurrentUser.actor(), change);
            redirect.addFlashAttribute("success", "Settings saved as version " + saved.version()
                    + ". Deadlines already running keep the dates they were given");
        } catch (InvalidSubmissionException e) {
            return form(model, form, e.errors());
        }
        return "redirect:/admin/settings";
    }

    private String form(Model model, Map<String, String> values, List<FieldError> errors) {
        // Every field the page shows has a value, if only an empty one: a post that left fields out is refused
        // field by field on the page, never by the template.
        Map<String, String> shown = new java.util.HashMap<>();
        SettingRule.ALL.forEach(rule -> shown.put(rule.field(), ""));
        RegimeChoice.DATE_PARTS.forEach(part -> shown.put(part, ""));
        values.forEach((field, value) -> shown.put(field, value == null ? "" : value));
        model.addAttribute("values", shown);
        model.addAttribute("rules", SettingRule.ALL.stream().collect(java.util.stream.Collectors.toMap(SettingRule::field, r -> r)));
        model.addAttribute("regionOptions", Choices.regions());
        model.addAttribute("regimeOptions", Choices.regimes());
        model.addAttribute("rapidReviewStartOptions", Choices.rapidReviewStarts());
        FormErrors.put(model, errors);
        model.addAttribute("backLink", "/admin/settings");
        return "administration/settings/edit";
    }

    /** Each setting's name, value in words, default and source. */
    private static List<List<String>> rows(SettingsVersion v) {
        List<String> values = List.of(v.boardName(), or(v.nationalPanelAddress()), or(v.ofstedAddress()), or(v.chairAddress()),
                or(v.businessUnitAddress()), or(v.boardMembersAddress()), v.region().label(),
                v.agencySummaryWorkingDays() + " working days", v.decisionPeriodMonths() + (v.decisionPeriodMonths() == 1 ? " month" : " months"),
                v.noticePeriodWorkingDays() + " working days", days(v.targets().triage()), days(v.targets().agencyRequest()),
                days(v.targets().screening()), days(v.targets().recommendation()), days(v.targets().referrerReply()),
                days(v.targets().publication()), count(v.quorum().members(), "member", "members"),
                count(v.quorum().agencies(), "agency", "agencies"), v.caseRegime().newCases().label(),
                v.caseRegime().newArrangementsFrom() == null ? "Not set" : GovDates.day(v.caseRegime().newArrangementsFrom()),
                count(v.survey().monthsAfterPublication(), "month", "months") + " after publication",
                days(v.survey().reminderWorkingDays()) + " after asking", or(v.secretaryOfStateAddress()),
                v.rapidReviewStart().label());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            SettingRule rule = SettingRule.ALL.get(i);
            rows.add(List.of(rule.label(), values.get(i), rule.statutoryDefault(), rule.source(), rule.field()));
        }
        return rows;
    }

    private static String days(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String or(String address) {
        return address == null ? "Not set" : address;
    }

    private static String n(String text) {
        return text == null ? "" : text;
    }

    /** The start chosen; null (the start in force is kept) for a post without the question or with a value not offered. */
    private static RapidReviewStart rapidReviewStart(String name) {
        for (RapidReviewStart s : RapidReviewStart.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static WorkingDayRegion region(String name) {
        for (WorkingDayRegion r : WorkingDayRegion.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** A whole number as typed, or -1 (which the rules refuse with the range) when it is none. */
    private static int number(String typed) {
        try {
            return typed == null ? -1 : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
