package org.practicereview.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.meetings.MeetingPeople.Person;
import org.practicereview.screening.CaseReviewIntegrationTest;
import org.practicereview.screening.CaseUnderReview;
import org.practicereview.screening.CaseUnderReview.Started;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coordinator schedules a PRG meeting, invites members, tables cases and carries one over; members see theirs only. */
@CaseReviewIntegrationTest
class MeetingsPagesTests {

    @Autowired MockMvc mvc;
    @Autowired CaseUnderReview cases;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired UserDetailsService details;
    @Autowired Trail trail;
    @Autowired JdbcClient jdbc;
    @Autowired List<CaseFileSections> providers;

    MeetingPeople people;
    Person coordinator;

    @BeforeEach
    void people() {
        people = new MeetingPeople(users, agencies, details);
        coordinator = people.add(Role.PRG_COORDINATOR, null);
    }

    long schedule(LocalDate on, String time) throws Exception {
        String location = mvc.perform(post("/meetings/new").with(coordinator.signedIn()).with(csrf())
                        .param("heldOn-day", String.valueOf(on.getDayOfMonth())).param("heldOn-month", String.valueOf(on.getMonthValue()))
                        .param("heldOn-year", String.valueOf(on.getYear())).param("startsAt", time).param("place", "Room 4, Fictional House"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/meetings/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/meetings/".length()));
    }

    /** The case page's "Tracking dates" section as the coordinator sees it, its rows as text. */
    String trackingDates(Started c) {
        Actor viewer = Actor.of(coordinator.username(), Role.PRG_COORDINATOR);
        return providers.stream().flatMap(p -> p.sectionsFor(viewer, c.ref()).stream()).filter(s -> s.key().equals("tracking-dates"))
                .flatMap(s -> ((CaseFileSection.Parts) s.model()).parts().stream()).flatMap(p -> p.rows().stream())
                .map(r -> r.label() + ": " + r.value()).collect(java.util.stream.Collectors.joining("\n"));
    }

    Started atScreening() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        return c;
    }

    @Test
    void tablesAProposedCaseAndFlagsThatTheChairsDecisionFallsDueBeforeTheMeeting() throws Exception {
        Started c = atScreening();
        long meeting = schedule(LocalDate.now().plusDays(45), "2:30pm");

        mvc.perform(get("/meetings/" + meeting).with(coordinator.signedIn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("at 2:30pm")))
                .andExpect(content().string(containsString(c.ref().value())))
                .andExpect(content().string(containsString("Screening against the criteria is due")));

        mvc.perform(post("/meetings/" + meeting + "/agenda").with(coordinator.signedIn()).with(csrf()).param("caseReference", c.ref().value()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/meetings/" + meeting).with(coordinator.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String agenda = page.substring(page.indexOf("id=\"agenda\""), page.indexOf("Cases to consider"));
        assertThat(agenda).contains(c.ref().value(), "Due before this meeting");
        assertThat(trackingDates(c)).contains("Tabled for " + org.practicereview.shared.GovDates.day(LocalDate.now().plusDays(45)),
                "decision is due on", ", before this meeting");
        assertThat(trail.forCase(c.ref())).extracting(TrailEntry::action).contains("CASE_TABLED");
    }

    @Test
    void aCaseDecidedAfterTheMeetingIsNotFlagged() throws Exception {
        Started c = atScreening();
        long meeting = schedule(LocalDate.now().plusDays(2), "10:00");
        mvc.perform(post("/meetings/" + meeting + "/agenda").with(coordinator.signedIn()).with(csrf()).param("caseReference", c.ref().value()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/" + meeting).with(coordinator.signedIn()))
                .andExpect(content().string(containsString(c.ref().value())))
                .andExpect(content().string(not(containsString("Due before this meeting"))));
        assertThat(trackingDates(c)).contains("Tabled for").doesNotContain("before this meeting");
    }

    @Test
    void refusesAMeetingWithoutADateOrPlaceKeepingWhatWasTypedAndStoringNothing() throws Exception {
        long before = meetings();
        mvc.perform(post("/meetings/new").with(coordinator.signedIn()).with(csrf())
                        .param("heldOn-day", "31").param("heldOn-month", "2").param("heldOn-year", "2030").param("startsAt", "25:00").param("place", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Schedule a PRG meeting")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The date of the meeting must be a real date")))
                .andExpect(content().string(containsString("Enter the start time like 10:00 or 2:30pm")))
                .andExpect(content().string(containsString("Enter where the meeting is held, or the link to join it")))
                .andExpect(content().string(containsString("value=\"31\"")));
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void aMemberSeesOnlyTheMeetingsTheyAreInvitedToAndNobodyElseSeesAny() throws Exception {
        Person invited = people.add(Role.PRG_MEMBER, null);
        Person other = people.add(Role.PRG_MEMBER, null);
        long meeting = schedule(LocalDate.now().plusDays(10), "10am");
        mvc.perform(post("/meetings/" + meeting + "/members").with(coordinator.signedIn()).with(csrf()).param("members", invited.username()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/meetings/" + meeting).with(invited.signedIn())).andExpect(status().isOk())
                .andExpect(content().string(containsString(users.nameOf(invited.username()))));
        mvc.perform(get("/meetings").with(invited.signedIn())).andExpect(content().string(containsString("/meetings/" + meeting)));
        mvc.perform(get("/meetings/" + meeting).with(other.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings").with(other.signedIn())).andExpect(content().string(not(containsString("/meetings/" + meeting + "\""))));
        mvc.perform(get("/meetings/" + meeting).with(people.add(Role.AGENCY, "NORTHSHIRE_POLICE").signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + meeting + "/agenda").with(invited.signedIn()).with(csrf()).param("caseReference", "PR-2026-0001"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from prg_meeting_member where meeting_id = ?").param(meeting).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void carriesACaseOverToALaterMeetingWithItsReason() throws Exception {
        Started c = atScreening();
        long first = schedule(LocalDate.now().plusDays(3), "10:00");
        long next = schedule(LocalDate.now().plusDays(31), "10:00");
        mvc.perform(post("/meetings/" + first + "/agenda").with(coordinator.signedIn()).with(csrf()).param("caseReference", c.ref().value()));
        String carry = "/meetings/" + first + "/agenda/" + c.ref().value() + "/carry-over";

        mvc.perform(with(post(carry)).param("toMeeting", String.valueOf(next)).param("reason", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter why the case is carried over")));

        mvc.perform(with(post(carry)).param("toMeeting", String.valueOf(next)).param("reason", "The police summary is not in yet"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/" + first).with(coordinator.signedIn()))
                .andExpect(content().string(containsString("Carried over")))
                .andExpect(content().string(containsString("The police summary is not in yet")));
        String page = mvc.perform(get("/meetings/" + next).with(coordinator.signedIn())).andReturn().getResponse().getContentAsString();
        String agenda = page.substring(page.indexOf("id=\"agenda\""), page.indexOf("Cases to consider"));
        assertThat(agenda).contains(c.ref().value(), "Tabled", "Carried over from the PRG meeting, "
                + org.practicereview.shared.GovDates.day(LocalDate.now().plusDays(3)) + ": The police summary is not in yet");
        assertThat(trail.forCase(c.ref())).filteredOn(e -> e.action().equals("CASE_CARRIED_OVER"))
                .extracting(TrailEntry::details).singleElement().asString().contains("The police summary is not in yet");
    }

    private MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request) {
        return request.with(coordinator.signedIn()).with(csrf());
    }

    private long meetings() {
        return jdbc.sql("select count(*) from prg_meeting").query(Long.class).single();
    }

}
