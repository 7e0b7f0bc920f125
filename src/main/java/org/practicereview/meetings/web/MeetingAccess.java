package org.practicereview.meetings.web;

import org.practicereview.meetings.Meeting;
import org.practicereview.meetings.Meetings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may open what: the coordinator every meeting, a member only the meetings they are invited to;
 * anyone else is told the page does not exist.
 */
@Component
class MeetingAccess {

    private final Meetings meetings;

    MeetingAccess(Meetings meetings) {
        this.meetings = meetings;
    }

    static boolean coordinates(Actor actor) {
        return actor.has(Role.PRG_COORDINATOR);
    }

    Actor prgOnly() {
        Actor actor = CurrentUser.actor();
        if (!coordinates(actor) && !actor.has(Role.PRG_MEMBER)) {
            throw new NotFoundException();
        }
        return actor;
    }

    Actor coordinatorOnly() {
        Actor actor = CurrentUser.actor();
        if (!coordinates(actor)) {
            throw new NotFoundException();
        }
        return actor;
    }

    Actor coordinatorOf(long meetingId) {
        Actor actor = coordinatorOnly();
        meeting(meetingId);
        return actor;
    }

    /** The coordinator, or a member invited to the meeting. */
    Actor mayOpen(long meetingId) {
        Actor actor = prgOnly();
        meeting(meetingId);
        if (!coordinates(actor) && !meetings.isInvited(meetingId, actor.userId())) {
            throw new NotFoundException();
        }
        return actor;
    }

    Meeting meeting(long meetingId) {
        return meetings.find(meetingId).orElseThrow(NotFoundException::new);
    }
}
