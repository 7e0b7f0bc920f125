package org.practicereview.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.meetings.MeetingPeople.Person;
import org.practicereview.screening.CaseReviewIntegrationTest;
import org.practicereview.screening.CaseUnderReview;
import org.practicereview.screening.CaseUnderReview.Started;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The agenda and the approved minutes go to the invited members through the outbox, naming cases by reference only. */
@CaseReviewIntegrationTest
class MeetingMailsTests {

    @Autowired MockMvc mvc;
    @Autowired CaseUnderReview cases;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;

    @Test
    void theAgendaGoesToEachInvitedMemberOnceCasesAreTabledAndThePageSaysSoOnlyThen() throws Exception {
        MeetingPeople people = new MeetingPeople(users, agencies, details);
        Person coordinator = people.add(Role.PRG_COORDINATOR, null);
        Person first = people.add(Role.PRG_MEMBER, null);
        Person second = people.add(Role.PRG_MEMBER, null);
        Started c = cases.start();
        LocalDate on = LocalDate.now().plusDays(14);
        long meeting = schedule(coordinator, on);
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/members")).param("members", first.username(), second.username()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(coordinator, meeting)).doesNotContain("Send the agenda", "Agenda sent on")
                .contains("The agenda can be sent to the members by email once members are invited and a case is tabled");
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/agenda/send"))).andExpect(status().isConflict());
        assertThat(mails(meeting, "MEETING_AGENDA")).isEmpty();

        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/agenda")).param("caseReference", c.ref().value()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(coordinator, meeting)).contains("Send the agenda").doesNotContain("Agenda sent on");
        mvc.perform(as(first, post("/meetings/" + meeting + "/agenda/send"))).andExpect(status().isNotFound());
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/agenda/send"))).andExpect(status().is3xxRedirection());

        List<Map<String, Object>> sent = mails(meeting, "MEETING_AGENDA");
        assertThat(sent).extracting(m -> m.get("RECIPIENT")).containsExactlyInAnyOrder("user:" + first.username(), "user:" + second.username());
        assertThat(sent).allSatisfy(m -> {
            assertThat(m.get("SUBJECT")).isEqualTo("Agenda: PRG meeting, " + GovDates.day(on));
            assertThat((String) m.get("BODY")).contains(GovDates.day(on) + " at 10am", "Place: Room 4, Fictional House",
                    "Cases tabled: " + c.ref().value());
            assertThat(m.get("SUBJECT") + " " + m.get("BODY")).doesNotContain(CaseUnderReview.CHILD_NAME, "Jamie", "Testchild");
        });
        assertThat(page(coordinator, meeting)).contains("Agenda sent on " + GovDates.day(LocalDate.now(GovDates.UK)), "Send the changed agenda");
        assertThat(page(first, meeting)).contains("Agenda sent on").doesNotContain("Send the changed agenda");
    }

    @Test
    void membersAreToldWhenTheMinutesAreApprovedWithALinkToThem() throws Exception {
        MeetingPeople people = new MeetingPeople(users, agencies, details);
        Person coordinator = people.add(Role.PRG_COORDINATOR, null);
        Person member = people.add(Role.PRG_MEMBER, null);
        LocalDate today = LocalDate.now(GovDates.UK);
        long meeting = schedule(coordinator, today.plusDays(1));
        long next = schedule(coordinator, today.plusDays(29));
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/members")).param("members", member.username()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/minutes"))).andExpect(status().is3xxRedirection());
        assertThat(mails(meeting, "MEETING_MINUTES_APPROVED")).isEmpty();

        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/minutes/approval")).param("atMeeting", String.valueOf(next)))
                .andExpect(status().is3xxRedirection());

        assertThat(mails(meeting, "MEETING_MINUTES_APPROVED")).singleElement().satisfies(m -> {
            assertThat(m.get("RECIPIENT")).isEqualTo("user:" + member.username());
            assertThat(m.get("SUBJECT")).isEqualTo("Minutes approved: PRG meeting, " + GovDates.day(today.plusDays(1)));
            assertThat((String) m.get("BODY")).contains("were approved at the meeting on " + GovDates.day(today.plusDays(29)));
            assertThat(m.get("LINK")).isEqualTo("/meetings/" + meeting + "/minutes");
        });
    }

    private List<Map<String, Object>> mails(long meeting, String kind) {
        return jdbc.sql("select recipient, subject, body, link from notification where kind = ? and link like ? order by id")
                .params(kind, "/meetings/" + meeting + "%").query().listOfRows().stream()
                .map(row -> { Map<String, Object> upper = new java.util.HashMap<>();
                    row.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v)); return upper; }).toList();
    }

    private String page(Person person, long meeting) throws Exception {
        return mvc.perform(get("/meetings/" + meeting).with(person.signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long schedule(Person coordinator, LocalDate on) throws Exception {
        String location = mvc.perform(as(coordinator, post("/meetings/new")).param("heldOn-day", String.valueOf(on.getDayOfMonth()))
                        .param("heldOn-month", String.valueOf(on.getMonthValue())).param("heldOn-year", String.valueOf(on.getYear()))
                        .param("startsAt", "10:00").param("place", "Room 4, Fictional House"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/meetings/".length()));
    }

    private static MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.with(person.signedIn()).with(csrf());
    }
}
