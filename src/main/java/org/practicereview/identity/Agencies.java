package org.practicereview.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.shared.ReadingMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agencies known to the board, in name order. */
@Service
public class Agencies {

    /** {@link ReadingMemo}'s kind for the agencies. */
    private static final String AGENCIES = "agencies";

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> all() {
        if (ReadingMemo.active()) {
            return everyAgency().stream().filter(AgencyDetails::active)
                    .map(a -> new Agency(a.code(), a.name(), a.sector())).toList();
        }
        return jdbc.sql("select code, name, sector from agency where active = true order by name")
                .query((rs, i) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<Agency> find(String code) {
        return jdbc.sql("select code, name, sector from agency where code = ?").param(code)
                .query((rs, i) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Those of the codes that are agencies (active or not), in one query. */
    public Set<String> known(Collection<String> codes) {
        return existingNames(codes).keySet();
    }

    /** Adds an agency, or renames it when the code exists. */
    public void register(Agency agency) {
        int updated = jdbc.sql("update agency set name = ?, sector = ? where code = ?")
                .params(agency.name(), agency.sector(), agency.code()).update();
        if (updated == 0) {
            jdbc.sql("insert into agency (code, name, sector, active) values (?, ?, ?, true)")
                    .params(agency.code(), agency.name(), agency.sector()).update();
        }
    }

    /** Every agency, retired ones too, by name, with its mailbox. */
    public List<AgencyDetails> everyAgency() {
        // Read once a read-only transaction (a few dozen rows): the case page's sections name agencies one by one.
        return ReadingMemo.remember(AGENCIES, "every agency", () -> List.copyOf(jdbc.sql(
                "select code, name, sector, mailbox, active from agency order by name").query(Agencies::details).list()));
    }

    public Optional<AgencyDetails> details(String code) {
        return jdbc.sql("select code, name, sector, mailbox, active from agency where code = ?").param(code)
                .query(Agencies::details).optional();
    }

    /** Adds a new agency; its code must be free (a retired agency keeps its code). */
    @Transactional
    public void add(AgencyDetails agency) {
        if (exists(agency.code())) {
            throw new IllegalArgumentException("An agency with this code exists");
        }
        jdbc.sql("insert into agency (code, name, sector, mailbox, active) values (?, ?, ?, ?, true)")
                .params(agency.code(), agency.name(), agency.sector(), agency.mailbox()).update();
    }

    /** Renames an agency, or changes its sector or mailbox; its code never changes (cases name it). */
    @Transactional
    public void change(String code, String name, String sector, String mailbox) {
        jdbc.sql("update agency set name = ?, sector = ?, mailbox = ? where code = ?").params(name, sector, mailbox, code).update();
    }

    /** A retired agency is no longer offered in forms; its cases, users and history stay. */
    @Transactional
    public void retire(String code) {
        jdbc.sql("update agency set active = false where code = ?").param(code).update();
    }

    @Transactional
    public void reinstate(String code) {
        jdbc.sql("update agency set active = true where code = ?").param(code).update();
    }

    private static AgencyDetails details(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AgencyDetails(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
    }

    public String nameOf(String code) {
        return code == null ? null : namesOf(List.of(code)).get(code);
    }

    /** The name of each code, in one query; a code that is no agency stands for itself, as in {@link #nameOf}. */
    public Map<String, String> namesOf(Collection<String> codes) {
        Map<String, String> names = existingNames(codes);
        codes.stream().filter(Objects::nonNull).forEach(code -> names.putIfAbsent(code, code));
        return names;
    }

    /**
     * Code to name of those codes that are agencies; nulls are skipped; no query for none. Within a read-only
     * transaction every agency's name is read once (a few dozen rows) and kept: the case page's sections name
     * agencies one after the other.
     */
    private Map<String, String> existingNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        Set<String> asked = codes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (!asked.isEmpty() && ReadingMemo.active()) {
            everyAgency().stream().filter(a -> asked.contains(a.code())).forEach(a -> names.put(a.code(), a.name()));
        } else if (!asked.isEmpty()) {
            jdbc.sql("select code, name from agency where code in (:codes)").param("codes", asked)
                    .query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }
}
