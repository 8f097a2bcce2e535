package org.isnad.bench;

import org.isnad.serve.Browser;
import org.isnad.serve.ServedStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes the README's screenshots (docs/screenshots/) of the main pages on the web tests' store, in
 * Debian's chromium. Not a test: run
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.isnad.bench.ReadmeScreenshots</pre>
 *
 * then shrink them with {@code pngquant --force --ext .png docs/screenshots/*.png}.
 */
public final class ReadmeScreenshots {
    static final String SEED = "doc/t330f9a6d6a7b5f248b0b9867885cbb1c";

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("search", "/isnad/page/?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86");
        pages.put("actor", "/isnad/page/actor?id=wd/Q7747");
        pages.put("event", "/isnad/page/event?id=" + ServedStore.seed().plannedMeeting());
        pages.put("claim", "/isnad/page/claim?id=" + ServedStore.seed().kirbyClaim());
        pages.put("document", "/isnad/page/document?id=" + SEED);
        pages.put("network", "/isnad/page/network?status=Occurred");
        pages.put("timeline", "/isnad/page/timeline?status=Planned");
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        try (ServedStore served = ServedStore.start()) {
            WebDriver driver = Browser.start(1100, 900);
            try {
                pages.forEach((name, path) -> {
                    driver.get(served.base + path);
                    Browser.screenshot(driver, dir.resolve(name + ".png"));
                });
                driver.get(served.base + "/#/dataset/isnad/query");
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//span[contains(@class,'badge') and normalize-space()='meetings']"))).click();
                driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr")));
                Browser.screenshot(driver, dir.resolve("query-ui.png"));
            } finally {
                driver.quit();
            }
        }
        System.exit(0);
    }
}
