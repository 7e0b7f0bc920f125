package org.practicereview.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.meetings.MeetingPeople.Person;
import org.practicereview.screening.CaseReviewIntegrationTest;
import org.practicereview.screening.CaseUnderReview;
import org.practicereview.screening.CaseUnderReview.Started;
import org.practicereview.screening.CriteriaFacts;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Minutes generated from a meeting's record, approved at the next meeting and fixed; the case page and PRG report name the meeting. */
@CaseReviewIntegrationTest
class MinutesTests {

    @Autowired MockMvc mvc;
    @Autowired CaseUnderReview cases;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired UserDetailsService details;
    @Autowired List<CaseFileSections> providers;

    @Test
    void minutesGeneratedFromTheRecordAreApprovedAtTheNextMeetingThenFixedAndTheReportNamesTheMeeting() throws Exception {
        MeetingPeople people = new MeetingPeople(users, agencies, details);
        Person coordinator = people.add(Role.PRG_COORDINATOR, null);
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        LocalDate today = LocalDate.now();
        long meeting = schedule(coordinator, today);
        long next = schedule(coordinator, today.plusDays(28));
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/agenda")).param("caseReference", c.ref().value()));
        List<Person> members = new ArrayList<>();
        var invite = as(coordinator, post("/meetings/" + meeting + "/members"));
        var attendance = as(coordinator, post("/meetings/" + meeting + "/attendance"));
        List<String> agencyOf = List.of("POLICE", "HEALTH", "EDUCATION");
        for (int i = 0; i < 3; i++) {
            Person member = people.add(Role.PRG_MEMBER, null);
            members.add(member);
            invite.param("members", member.username());
            attendance.param("attendance-" + member.username(), "PRESENT").param("agency-" + member.username(), agencyOf.get(i));
        }
        mvc.perform(invite).andExpect(status().is3xxRedirection());
        mvc.perform(attendance).andExpect(status().is3xxRedirection());
        var screen = as(members.get(0), post("/meetings/" + meeting + "/agenda/" + c.ref().value() + "/outcome"));
        CriteriaFacts.NAMES.forEach(name -> screen.param(name, "no"));
        mvc.perform(screen.param(CriteriaFacts.NAMES.get(0), "yes").param(CriteriaFacts.NAMES.get(1), "yes")
                .param("learningNotes", "Information sharing between school and health")).andExpect(status().is3xxRedirection());
        mvc.perform(as(members.get(1), post("/meetings/" + meeting + "/agenda/" + c.ref().value() + "/outcome"))
                .param("recommendation", "INITIATE_SCR").param("rationale", "A child died and abuse is suspected")
                .param("likelyLearning", "Information sharing").param("impact", "The family will be told")).andExpect(status().is3xxRedirection());
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/actions")).param("action", "Ask the school for its chronology.")
                .param("owner", members.get(2).username()).param("caseReference", c.ref().value())).andExpect(status().is3xxRedirection());

        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/minutes"))).andExpect(status().is3xxRedirection());
        String minutes = mvc.perform(get("/meetings/" + meeting + "/minutes").with(members.get(0).signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(minutes).contains("Draft", users.nameOf(members.get(2).username()) + " (Education service)",
                "Recommend to chair: Initiate a serious case review. Rationale: A child died and abuse is suspected",
                "Screen against criteria: Facts recorded against the statutory criteria",
                "Ask the school for its chronology. Owner: " + users.nameOf(members.get(2).username()));

        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/minutes/approval")).param("atMeeting", String.valueOf(next)))
                .andExpect(status().is3xxRedirection());
        String approved = mvc.perform(get("/meetings/" + meeting + "/minutes").with(coordinator.signedIn()))
                .andExpect(content().string(containsString("they can no longer change"))).andReturn().getResponse().getContentAsString();

        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/minutes"))).andExpect(status().isConflict());
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/actions")).param("action", "Another action")
                .param("owner", coordinator.username())).andExpect(status().isConflict());
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/attendance"))).andExpect(status().isConflict());
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/agenda/" + c.ref().value() + "/conflicts"))
                .param("member", members.get(2).username())).andExpect(status().isConflict())
                .andExpect(request().attribute("org.practicereview.web.Refusals.problem", containsString("its record can no longer change")));
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/agenda/" + c.ref().value() + "/carry-over"))
                .param("toMeeting", String.valueOf(next)).param("reason", "Too late")).andExpect(status().isConflict());
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/minutes/approval")).param("atMeeting", String.valueOf(next)))
                .andExpect(status().isConflict());
        assertThat(minutesOf(mvc.perform(get("/meetings/" + meeting + "/minutes").with(coordinator.signedIn())).andReturn().getResponse()
                .getContentAsString())).isEqualTo(minutesOf(approved)).contains("A child died and abuse is suspected");

        String meetingTitle = "PRG meeting, " + GovDates.day(today);
        // The case page composes every module's sections: these two are the meetings' part of it.
        Actor viewer = Actor.of(coordinator.username(), Role.PRG_COORDINATOR);
        List<CaseFileSection> sections = providers.stream().flatMap(p -> p.sectionsFor(viewer, c.ref()).stream())
                .filter(s -> List.of("tracking-dates", "meetings").contains(s.key())).toList();
        assertThat(sections).extracting(CaseFileSection::title).containsExactlyInAnyOrder("Tracking dates", "PRG meetings");
        assertThat(rows(sections, "tracking-dates")).contains("PRG meeting: " + GovDates.day(today),
                "Recommendation sent to the chair: " + GovDates.day(LocalDate.now(GovDates.UK)), "Chair's decision: Not yet");
        assertThat(rows(sections, "meetings")).anySatisfy(row -> assertThat(row)
                .contains("Recommend to chair: Initiate a serious case review", "Rationale: A child died and abuse is suspected"));
        assertThat(mvc.perform(get("/meetings/" + meeting + "/agenda/" + c.ref().value()).with(coordinator.signedIn()))
                .andReturn().getResponse().getContentAsString()).contains("Quorate");

        byte[] report = mvc.perform(get("/reports/prg").with(coordinator.signedIn()).param("from-day", String.valueOf(today.getDayOfMonth()))
                        .param("from-month", String.valueOf(today.getMonthValue())).param("from-year", String.valueOf(today.getYear()))
                        .param("to-day", String.valueOf(today.getDayOfMonth())).param("to-month", String.valueOf(today.getMonthValue()))
                        .param("to-year", String.valueOf(today.getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(report)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Meetings at which the cases were considered", c.ref().value() + " " + meetingTitle);
            assertThat(text).containsSubsequence("Tracking dates", c.ref().value(), "Referral received: ",
                    "Agencies asked for information: ", "PRG meeting: " + GovDates.day(today),
                    "Recommendation sent to the chair: " + GovDates.day(LocalDate.now(GovDates.UK)), "Chair's decision: Not yet");
        }

        String csv = mvc.perform(get("/reports/prg.csv").with(coordinator.signedIn()).param("from-day", String.valueOf(today.getDayOfMonth()))
                        .param("from-month", String.valueOf(today.getMonthValue())).param("from-year", String.valueOf(today.getYear()))
                        .param("to-day", String.valueOf(today.getDayOfMonth())).param("to-month", String.valueOf(today.getMonthValue()))
                        .param("to-year", String.valueOf(today.getYear())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("\"Considered at\"", "\"Referral received\"",
                "\"Agencies' deadline\"", "\"PRG meeting\"", "\"Chair's decision\"");
        assertThat(csv.lines().filter(l -> l.startsWith("\"" + c.ref().value())).findFirst().orElseThrow())
                .contains("\"" + meetingTitle + "\"", "\"" + GovDates.day(today) + "\"", "\"Not yet\"")
                .doesNotContain(CaseUnderReview.CHILD_NAME);
    }

    /** The minutes themselves: the numbered list, without the page's per-request token. */
    private static String minutesOf(String page) {
        int start = page.indexOf("id=\"minutes\"");
        return page.substring(start, page.indexOf("</ol>", start));
    }

    private static List<String> rows(List<CaseFileSection> sections, String key) {
        return sections.stream().filter(s -> s.key().equals(key))
                .flatMap(s -> ((CaseFileSection.Parts) s.model()).parts().stream())
                .flatMap(p -> p.rows().stream()).map(r -> r.label() + ": " + r.value()).toList();
    }

    private long schedule(Person coordinator, LocalDate on) throws Exception {
        String location = mvc.perform(as(coordinator, post("/meetings/new")).param("heldOn-day", String.valueOf(on.getDayOfMonth()))
                        .param("heldOn-month", String.valueOf(on.getMonthValue())).param("heldOn-year", String.valueOf(on.getYear()))
                        .param("startsAt", "23:59").param("place", "Room 4, Fictional House"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/meetings/".length()));
    }

    private static MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.with(person.signedIn()).with(csrf());
    }
}
