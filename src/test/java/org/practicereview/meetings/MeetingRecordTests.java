package org.practicereview.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.practicereview.screening.CriteriaFacts;
import org.practicereview.administration.SettingsAdministration;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.MeetingQuorum;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The case pack and the meeting itself: who may open the pack, attendance, quorum, conflicts, outcomes through the task path. */
@CaseReviewIntegrationTest
class MeetingRecordTests {

    @Autowired MockMvc mvc;
    @Autowired CaseUnderReview cases;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired UserDetailsService details;
    @Autowired Trail trail;
    @Autowired JdbcClient jdbc;
    @Autowired BoardSettings settings;
    @Autowired SettingsAdministration settingsAdministration;

    MeetingPeople people;
    Person coordinator;
    Started c;
    long meeting;

    @BeforeEach
    void aMeetingWithACaseAtScreening() throws Exception {
        people = new MeetingPeople(users, agencies, details);
        coordinator = people.add(Role.PRG_COORDINATOR, null);
        c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        LocalDate on = LocalDate.now().plusDays(7);
        String location = mvc.perform(as(coordinator, post("/meetings/new")).param("heldOn-day", String.valueOf(on.getDayOfMonth()))
                        .param("heldOn-month", String.valueOf(on.getMonthValue())).param("heldOn-year", String.valueOf(on.getYear()))
                        .param("startsAt", "10:00").param("place", "https://meet.example.org/prg"))
                .andReturn().getResponse().getRedirectedUrl();
        meeting = Long.parseLong(location.substring("/meetings/".length()));
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/agenda")).param("caseReference", c.ref().value()))
                .andExpect(status().is3xxRedirection());
    }

    List<Person> invite(int count) throws Exception {
        List<Person> members = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(people.add(Role.PRG_MEMBER, null));
        }
        var request = as(coordinator, post("/meetings/" + meeting + "/members"));
        members.forEach(m -> request.param("members", m.username()));
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return members;
    }

    void attendance(List<Person> members, List<String> agencyOf) throws Exception {
        var request = as(coordinator, post("/meetings/" + meeting + "/attendance"));
        for (int i = 0; i < members.size(); i++) {
            String agency = agencyOf.get(i);
            request.param("attendance-" + members.get(i).username(), agency == null ? "APOLOGIES" : "PRESENT")
                    .param("agency-" + members.get(i).username(), agency == null ? "" : agency);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    MockHttpServletRequestBuilder screening(Person member) {
        var request = as(member, post("/meetings/" + meeting + "/agenda/" + c.ref().value() + "/outcome"));
        CriteriaFacts.NAMES.forEach(name -> request.param(name, "no"));
        request.param(CriteriaFacts.NAMES.get(0), "yes").param(CriteriaFacts.NAMES.get(1), "yes");
        return request.param("learningNotes", "Information sharing between school and health");
    }

    @Test
    void invitedMembersOpenTheConfidentialPackEachDownloadInTheTrailAndOthersAreToldItDoesNotExist() throws Exception {
        Person invited = invite(1).get(0);
        Person notInvited = people.add(Role.PRG_MEMBER, null);

        mvc.perform(get("/meetings/" + meeting + "/pack/" + c.ref().value()).with(invited.signedIn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Confidential")))
                .andExpect(content().string(containsString("Agency information")));
        byte[] pdf = mvc.perform(get("/meetings/" + meeting + "/pack.pdf").with(invited.signedIn())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Confidential", c.ref().value(), "Agency information");
        }

        for (String path : List.of("/pack", "/pack/" + c.ref().value(), "/pack.pdf", "", "/agenda/" + c.ref().value())) {
            mvc.perform(get("/meetings/" + meeting + path).with(notInvited.signedIn())).andExpect(status().isNotFound());
        }
        assertThat(trail.forCase(c.ref())).filteredOn(e -> e.action().equals("MEETING_PACK_DOWNLOADED"))
                .extracting(TrailEntry::actor).containsExactly(invited.username());
        assertThat(trail.forCase(c.ref())).filteredOn(e -> e.action().equals("MEETING_PACK_VIEWED"))
                .extracting(TrailEntry::actor).containsExactly(invited.username());
    }

    @Test
    void anOutcomeCannotBeRecordedWhileTheMeetingIsNotQuorateAndNothingIsStored() throws Exception {
        List<Person> members = invite(3);
        attendance(members, java.util.Arrays.asList("POLICE", "POLICE", null));
        List<TrailEntry> trailBefore = trail.forCase(c.ref());

        mvc.perform(screening(members.get(0))).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The meeting is not quorate for this case: 2 members taking part from 1 agency, "
                        + "and the board&#39;s rule is at least 3 members from at least 2 agencies")))
                .andExpect(content().string(containsString("Information sharing between school and health")));

        assertThat(cases.tasks(c, "Task_ScreenAgainstCriteria")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from prg_meeting_outcome where meeting_id = ?").param(meeting).query(Long.class).single()).isZero();
        assertThat(trail.forCase(c.ref())).isEqualTo(trailBefore);
    }

    @Test
    void aMeetingIsCheckedAgainstTheQuorumInForceWhenItStartsAsTheAdministratorSetIt() throws Exception {
        List<Person> members = invite(3);
        attendance(members, java.util.Arrays.asList("POLICE", "POLICE", null));
        SettingsVersion before = settings.current();
        try {
            settingsAdministration.change(new Actor("quorum.admin", java.util.Set.of(Role.ADMIN), null), withQuorum(before, new MeetingQuorum(2, 1)));
            mvc.perform(get("/meetings/" + meeting + "/agenda/" + c.ref().value()).with(coordinator.signedIn()))
                    .andExpect(content().string(containsString("at least 2 members from at least 1 agency")));
            mvc.perform(screening(members.get(0))).andExpect(status().is3xxRedirection());
            assertThat(cases.tasks(c, "Task_ScreenAgainstCriteria")).isEmpty();
        } finally {
            settingsAdministration.change(new Actor("quorum.admin", java.util.Set.of(Role.ADMIN), null), withQuorum(before, before.quorum()));
        }
    }

    private static SettingsChange withQuorum(SettingsVersion v, MeetingQuorum quorum) {
        SettingsChange c = v.values();
        return new SettingsChange(c.boardName(), c.nationalPanelAddress(), c.ofstedAddress(), c.chairAddress(),
                c.businessUnitAddress(), c.boardMembersAddress(), c.region(), c.agencySummaryWorkingDays(),
                c.decisionPeriodMonths(), c.noticePeriodWorkingDays(), c.targets(), quorum);
    }

    @Test
    void aQuorateMeetingScreensAndRecommendsThroughTheTaskPathRecordingWhoTookPartAndWhoDeclaredAConflict() throws Exception {
        List<Person> members = invite(4);
        attendance(members, List.of("POLICE", "HEALTH", "EDUCATION", "POLICE"));
        Person conflicted = members.get(3);
        mvc.perform(as(coordinator, post("/meetings/" + meeting + "/agenda/" + c.ref().value() + "/conflicts")).param("member", conflicted.username()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(screening(conflicted)).andExpect(status().isConflict());
        mvc.perform(screening(members.get(0))).andExpect(status().is3xxRedirection());
        mvc.perform(as(members.get(1), post("/meetings/" + meeting + "/agenda/" + c.ref().value() + "/outcome"))
                        .param("recommendation", "INITIATE_SCR").param("rationale", "The criteria are met: a child died")
                        .param("likelyLearning", "Information sharing").param("impact", "The family will be told"))
                .andExpect(status().is3xxRedirection());

        assertThat(cases.tasks(c, "Task_RecordScrDecision")).hasSize(1);
        mvc.perform(get("/meetings/" + meeting + "/agenda/" + c.ref().value()).with(coordinator.signedIn()))
                .andExpect(content().string(containsString("Initiate a serious case review")))
                .andExpect(content().string(containsString("The criteria are met: a child died")))
                .andExpect(content().string(containsString(users.nameOf(conflicted.username()))));
        List<TrailEntry> outcomes = trail.forCase(c.ref()).stream().filter(e -> e.action().equals("MEETING_OUTCOME_RECORDED")).toList();
        assertThat(outcomes).hasSize(2).allSatisfy(e -> assertThat(e.details())
                .contains(members.get(0).username(), members.get(2).username(), "not taking part: " + conflicted.username()));
        assertThat(trail.forCase(c.ref())).extracting(TrailEntry::action).contains("CONFLICT_OF_INTEREST_DECLARED", "RECOMMENDATION_MADE");
    }

    private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.with(person.signedIn()).with(csrf());
    }
}
