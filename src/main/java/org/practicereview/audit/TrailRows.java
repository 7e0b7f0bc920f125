package org.practicereview.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads trail rows with plain JDBC: shared by the application and the offline verifier, so both read alike. */
final class TrailRows {

    static final String COLUMNS = "seq, case_reference, occurred_at, actor, actor_role, action, details, previous_hash, hash";
    static final String ALL = "select " + COLUMNS + " from trail_event order by seq";
    static final String FOR_CASE = "select " + COLUMNS + " from trail_event where case_reference = ? order by seq";
    static final String HEAD = "select last_seq, last_hash from trail_head where id = 1";
    static final String CHECKPOINTS = "select seq, head_hash, made_at, signature from trail_checkpoint order by seq, made_at";

    private TrailRows() {}

    static TrailEntry entry(ResultSet rs) throws SQLException {
        return new TrailEntry(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), trim(rs.getString(8)), trim(rs.getString(9)));
    }

    static Verification.Head head(ResultSet rs) throws SQLException {
        return new Verification.Head(rs.getLong(1), trim(rs.getString(2)));
    }

    static TrailCheckpoint checkpoint(ResultSet rs) throws SQLException {
        return new TrailCheckpoint(rs.getLong(1), trim(rs.getString(2)), rs.getObject(3, OffsetDateTime.class).toInstant(),
                trim(rs.getString(4)));
    }

    /** char(64) columns come back padded on some databases. */
    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    static List<TrailEntry> all(Connection connection) throws SQLException {
        List<TrailEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(ALL)) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
        }
        return entries;
    }

    static Verification.Head head(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(HEAD); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? head(rs) : null;
        }
    }

    static List<TrailCheckpoint> checkpoints(Connection connection) throws SQLException {
        List<TrailCheckpoint> checkpoints = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(CHECKPOINTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                checkpoints.add(checkpoint(rs));
            }
        }
        return checkpoints;
    }
}
