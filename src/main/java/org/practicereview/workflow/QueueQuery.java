package org.practicereview.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.query.NativeQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.practicereview.shared.Actor;

/**
 * The work queue's statements, in the engine's public native query API. The engine's own task query
 * for "assigned to me, or a candidate through my name or my groups" left-joins every open task to its
 * identity links, matches the OR on each pair and counts distinct tasks, and the queue ran it four times
 * a page (two counts and two pages: one for the dated tasks, one for the undated, since H2 and
 * PostgreSQL put nulls at different ends). Here one count and one page, the page ordering dated before
 * undated itself, each reading the person's candidate links once (an uncorrelated subquery on the
 * links' user and group indexes) instead of joining them to every task; the cases' references by
 * primary key. The same tasks as the engine's query: assigned to the person, or unassigned with a
 * candidate link naming them or one of their groups (the groups the engine's identity provider gives
 * them: their roles and their agency); active only.
 */
final class QueueQuery {

    private final String where;
    private final List<String> groups;
    private final String userId;

    QueueQuery(Actor actor) {
        this.userId = actor.userId();
        this.groups = actor.groups();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            names.add("#{group" + i + "}");
        }
        String candidates = "I.USER_ID_ = #{user}" + (groups.isEmpty() ? "" : " or I.GROUP_ID_ in (" + String.join(", ", names) + ")");
        this.where = " from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1 and (RES.ASSIGNEE_ = #{user} or (RES.ASSIGNEE_ is null"
                + " and RES.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate' and (" + candidates + "))))";
    }

    String count() {
        return "select count(*)" + where;
    }

    /** Soonest first: dated tasks by due date, then undated; latest first: undated, then dated latest first. Oldest first within. */
    String page(boolean dueSoonestFirst) {
        String datedFirst = dueSoonestFirst ? "case when RES.DUE_DATE_ is null then 1 else 0 end, RES.DUE_DATE_ asc"
                : "case when RES.DUE_DATE_ is null then 0 else 1 end, RES.DUE_DATE_ desc";
        return "select RES.*" + where + " order by " + datedFirst + ", RES.CREATE_TIME_ asc, RES.ID_ asc";
    }

    <Q extends NativeQuery<Q, ?>> Q apply(Q query, String sql) {
        Q with = query.sql(sql).parameter("user", userId);
        for (int i = 0; i < groups.size(); i++) {
            with = with.parameter("group" + i, groups.get(i));
        }
        return with;
    }

    /** The process instances of these ids (their root executions), by primary key. */
    static List<ProcessInstance> businessKeys(RuntimeService runtime, Collection<String> processInstanceIds) {
        List<String> ids = List.copyOf(processInstanceIds);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            names.add("#{id" + i + "}");
        }
        var query = runtime.createNativeProcessInstanceQuery()
                .sql("select RES.* from ACT_RU_EXECUTION RES where RES.ID_ in (" + String.join(", ", names) + ")");
        for (int i = 0; i < ids.size(); i++) {
            query = query.parameter("id" + i, ids.get(i));
        }
        return query.list();
    }
}
