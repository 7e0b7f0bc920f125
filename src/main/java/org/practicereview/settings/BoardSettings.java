package org.practicereview.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReadingMemo;
import org.practicereview.shared.Regime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's settings in force, and every earlier version. Nothing is edited: a change adds a
 * version. The first version comes from the configuration ({@code practice-review.*}) the first time
 * anyone asks, so an installation starts with what it was configured with.
 */
@Service
public class BoardSettings {

    static final String COLUMNS = "version, board_name, national_panel_address, ofsted_address, chair_address, "
            + "business_unit_address, board_members_address, working_day_region, agency_summary_days, "
            + "decision_period_months, notice_period_days, changed_by, changed_at, triage_days, agency_request_days, "
            + "screening_days, recommendation_days, referrer_reply_days, publication_days, quorum_members, quorum_agencies, "
            + "new_case_regime, new_arrangements_from, survey_months, survey_reminder_days, secretary_of_state_address, "
            + "rapid_review_start";

    /** {@link ReadingMemo}'s kind for the settings. */
    private static final String SETTINGS = "board settings";
    /** One parameter per column of {@link #COLUMNS}. */
    private static final String PLACEHOLDERS = String.join(", ", java.util.Collections.nCopies(COLUMNS.split(",").length, "?"));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InitialSettings initial;

    BoardSettings(JdbcClient jdbc, Clock clock, InitialSettings initial) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.initial = initial;
    }

    /** The settings in force now. */
    public SettingsVersion current() {
        // Read once a transaction, read-write ones too: the case page's notices name each recipient's kind by
        // today's addresses, and a referral's clocks asked for the holiday region once for each working day.
        return ReadingMemo.rememberForTransaction(SETTINGS, "current", () -> latest().orElseGet(this::writeFirst));
    }

    public Optional<SettingsVersion> version(int version) {
        return ReadingMemo.remember(SETTINGS, version, () -> jdbc.sql("select " + COLUMNS + " from board_settings where version = ?")
                .param(version).query(BoardSettings::map).optional());
    }

    /**
     * The settings in force at an instant: the last version saved before it, or the first version when
     * the instant is earlier than any (the first version stands for the configuration the installation had).
     */
    public SettingsVersion inForceAt(Instant instant) {
        current();
        return jdbc.sql("select " + COLUMNS + " from board_settings where changed_at <= ? order by version desc "
                        + "fetch first 1 rows only")
                .param(Timestamp.from(instant)).query(BoardSettings::map).optional()
                .orElseGet(() -> version(1).orElseThrow());
    }

    /** Every version, newest first. */
    public List<SettingsVersion> history() {
        current();
        return ReadingMemo.remember(SETTINGS, "history", () -> List.copyOf(
                jdbc.sql("select " + COLUMNS + " from board_settings order by version desc").query(BoardSettings::map).list()));
    }

    /**
     * Stores the values as the next version, once every value is valid; nothing is stored otherwise.
     * Two administrators saving at once: the version's key lets one win, the other is refused.
     */
    @Transactional
    public SettingsVersion change(SettingsChange requested, String changedBy) {
        SettingsVersion now = current();
        SettingsChange change = requested.keeping(now);
        SettingsRules.check(change);
        try {
            insert(now.version() + 1, change, changedBy);
            ReadingMemo.forget(SETTINGS);
        } catch (DuplicateKeyException raced) {
            throw new InvalidSettingsException(java.util.Map.of("boardName",
                    "Another administrator changed the settings at the same time. Check them and try again"));
        }
        return version(now.version() + 1).orElseThrow();
    }

    /**
     * The settings a case's clock starts under, recorded with the case: the clock keeps the length it
     * was given however the settings change later. Joins the caller's transaction.
     */
    @Transactional
    public SettingsVersion clockStarted(CaseReference caseReference, DeadlineClock deadline) {
        SettingsVersion now = current();
        jdbc.sql("insert into case_clock_settings (case_reference, clock, settings_version, started_at) values (?, ?, ?, ?)")
                .params(caseReference.value(), deadline.name(), now.version(), Timestamp.from(clock.instant())).update();
        return now;
    }

    /** The clocks of a case with the settings version each started under, in the order they started. */
    public List<CaseClockSettings> clocksOf(CaseReference caseReference) {
        return jdbc.sql("select clock, settings_version, started_at from case_clock_settings where case_reference = ? "
                        + "order by started_at")
                .param(caseReference.value())
                .query((rs, i) -> new CaseClockSettings(DeadlineClock.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    private Optional<SettingsVersion> latest() {
        return jdbc.sql("select " + COLUMNS + " from board_settings where version = (select max(version) from board_settings)")
                .query(BoardSettings::map).optional();
    }

    private SettingsVersion writeFirst() {
        try {
            insert(1, initial.values(), InitialSettings.CONFIGURATION);
        } catch (DuplicateKeyException raced) {
            // Another node or request wrote it first: theirs is the same configuration.
        }
        return latest().orElseThrow();
    }

    private void insert(int version, SettingsChange c, String changedBy) {
        jdbc.sql("insert into board_settings (" + COLUMNS + ") values (" + PLACEHOLDERS + ")")
                .params(version, c.boardName().strip(), blankToNull(c.nationalPanelAddress()), blankToNull(c.ofstedAddress()),
                        blankToNull(c.chairAddress()), blankToNull(c.businessUnitAddress()), blankToNull(c.boardMembersAddress()),
                        c.region().name(), c.agencySummaryWorkingDays(), c.decisionPeriodMonths(), c.noticePeriodWorkingDays(),
                        changedBy, Timestamp.from(clock.instant()), c.targets().triage(), c.targets().agencyRequest(),
                        c.targets().screening(), c.targets().recommendation(), c.targets().referrerReply(),
                        c.targets().publication(), c.quorum().members(), c.quorum().agencies(), c.caseRegime().newCases().name(),
                        c.caseRegime().newCases() == Regime.CSPR_2018 ? c.caseRegime().newArrangementsFrom() : null,
                        c.survey().monthsAfterPublication(), c.survey().reminderWorkingDays(),
                        blankToNull(c.secretaryOfStateAddress()), c.rapidReviewStart().name())
                .update();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static SettingsVersion map(ResultSet rs, int row) throws SQLException {
        return new SettingsVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), WorkingDayRegion.valueOf(rs.getString(8)), rs.getInt(9), rs.getInt(10),
                rs.getInt(11), new WorkingDayTargets(rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getInt(17), rs.getInt(18),
                        rs.getInt(19)), new MeetingQuorum(rs.getInt(20), rs.getInt(21)),
                new RegimeSetting(Regime.fromCode(rs.getString(22)), rs.getObject(23, java.time.LocalDate.class)),
                new FollowUpSurvey(rs.getInt(24), rs.getInt(25)), RapidReviewStart.fromCode(rs.getString(27)), rs.getString(12),
                rs.getTimestamp(13).toInstant(), rs.getString(26));
    }
}
