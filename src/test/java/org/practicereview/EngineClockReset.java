package org.practicereview;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the engine's clock back to the real time after every test. The clock is one for the whole
 * JVM; a test that moves it (to pass a notice period or a deadline) would otherwise move it for
 * every test after it. Registered for all tests (META-INF/services, autodetection on in
 * junit-platform.properties), so no test has to remember.
 */
public class EngineClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
