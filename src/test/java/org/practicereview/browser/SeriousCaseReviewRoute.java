package org.practicereview.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.RegimeSetting;
import org.practicereview.settings.SettingsChange;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The demo board follows the 2018 arrangements once the demo is built; a test class of the serious case review
 * route that refers new cases extends with this, so that its referrals follow that route while it runs and the
 * board's setting is put back after each test.
 */
public final class SeriousCaseReviewRoute implements BeforeEachCallback, AfterEachCallback {

    private static final String BY = "browser.tests";
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(SeriousCaseReviewRoute.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        BoardSettings settings = settings(context);
        SettingsChange before = settings.current().values();
        context.getStore(HERE).put(SettingsChange.class, before);
        settings.change(before.withCaseRegime(RegimeSetting.DEFAULTS), BY);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SettingsChange before = context.getStore(HERE).remove(SettingsChange.class, SettingsChange.class);
        if (before != null) {
            settings(context).change(before, BY);
        }
    }

    private static BoardSettings settings(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(BoardSettings.class);
    }
}
