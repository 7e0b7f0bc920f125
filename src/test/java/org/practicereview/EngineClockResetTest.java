package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A test that moves the engine clock leaves the real time to the next test, without resetting it itself. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineClockResetTest {

    @Test
    @Order(1)
    void aTestMovesTheClockTenDaysOnAndLeavesItThere() {
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(10))));
        assertThat(ClockUtil.getCurrentTime()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(9))));
    }

    @Test
    @Order(2)
    void theNextTestSeesTheRealTime() {
        assertThat(ClockUtil.getCurrentTime().toInstant()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }
}
