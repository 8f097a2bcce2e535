package org.isnad.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** A browser test that fails leaves a screenshot of the page it was on. */
class BrowserFailureScreenshotTest {
    static final Path PNG = Browser.FAILURES.resolve("FailingPage-failsOnPurpose__.png");

    @Test
    void failedBrowserTestKeepsAScreenshot() throws Exception {
        assumeTrue(Browser.installed() || System.getenv("CI") != null, "chromium and chromium-driver are not installed");
        Files.deleteIfExists(PNG);
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingPage.class)).execute()
                .testEvents().assertStatistics(s -> s.failed(1));
        assertTrue(Files.size(PNG) > 1000, "no screenshot at " + PNG);
        byte[] head = Files.readAllBytes(PNG);
        assertTrue(head[1] == 'P' && head[2] == 'N' && head[3] == 'G', "not a PNG");
        Files.delete(PNG);
    }

    /** Run only through the test kit above (a nested static class without @Nested is not picked up by Surefire's pattern). */
    @ExtendWith(Browser.class)
    static class FailingPage {
        static WebDriver driver;

        @BeforeAll
        static void start() {
            driver = Browser.start(800, 600);
            driver.get("data:text/html,<h1>the page of a failed test</h1>");
        }

        @AfterAll
        static void stop() {
            driver.quit();
        }

        @Test
        void failsOnPurpose() {
            fail("on purpose");
        }
    }
}
