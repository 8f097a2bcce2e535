package org.isnad.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages and the query UI in a real browser (Debian's chromium through chromedriver) against serve
 * on a loopback port: each opens, shows what the store holds, and lays Arabic out right to left.
 */
@ExtendWith(Browser.class)
class BrowserTest {
    static final String SEED_DOC = "doc/t330f9a6d6a7b5f248b0b9867885cbb1c";
    static ServedStore served;
    static WebDriver driver;

    @BeforeAll
    static void start() {
        // .ci/run installs both; a developer's machine without them skips rather than fails.
        assumeTrue(Browser.installed() || System.getenv("CI") != null, "chromium and chromium-driver are not installed");
        served = ServedStore.start();
        driver = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    static void open(String path) {
        driver.get(served.base + path);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static String id(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchingAnArabicNameLeadsToTheActorPage() {
        open("/isnad/page/");
        WebElement box = driver.findElement(By.name("q"));
        box.sendKeys("بوتين", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        driver.findElement(By.cssSelector("#results a[href*='wd%2FQ7747']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wikidata")));
        assertEquals("Vladimir Putin", driver.findElement(By.tagName("h1")).getText());
        assertEquals("Q7747", driver.findElement(By.id("wikidata")).getText());
    }

    @Test
    void arabicDocumentIsLaidOutRightToLeft() {
        open("/isnad/page/document?id=" + SEED_DOC);
        WebElement text = driver.findElement(By.id("text"));
        assertEquals("rtl", text.getCssValue("direction"));
        // The first line starts at the right: the first name's box is nearer the right edge than the left.
        WebElement firstName = text.findElement(By.cssSelector("a.ent"));
        int left = firstName.getRect().getX() - text.getRect().getX();
        int right = text.getRect().getX() + text.getRect().getWidth() - (firstName.getRect().getX() + firstName.getRect().getWidth());
        assertTrue(right < left, "first name at " + left + " from the left and " + right + " from the right");
        assertTrue(driver.findElements(By.cssSelector("#text .hl-claim")).size() > 5, "claims not highlighted");
    }

    @Test
    void arabicLabelInsideAnEnglishLineIsIsolatedRightToLeft() {
        open("/isnad/page/actor?id=wd/Q7747");
        WebElement arabic = driver.findElement(By.cssSelector("p.sub bdi[lang='ar']"));
        assertEquals("rtl", arabic.getCssValue("direction"));
        assertEquals("فلاديمير بوتين", arabic.getText());
    }

    @Test
    void eventPageShowsStatusParticipantsAndHighlightedSentence() {
        open("/isnad/page/event?id=" + id(ServedStore.seed().plannedMeeting()));
        assertEquals("Planned", driver.findElement(By.id("status")).getText());
        String h1 = driver.findElement(By.tagName("h1")).getText();
        assertTrue(h1.contains("Vladimir Putin") && h1.contains("Kim Jong Un"), h1);
        List<WebElement> marked = driver.findElements(By.cssSelector("blockquote mark a.ent"));
        assertTrue(marked.size() >= 2, "participants not highlighted in the reporting sentences");
    }

    @Test
    void claimPageShowsTheIsnadChainAndTheMarkedSentence() {
        open("/isnad/page/claim?id=" + id(ServedStore.seed().kirbyClaim()));
        List<WebElement> links = driver.findElements(By.cssSelector("#isnad li:not(.arrow)"));
        assertTrue(links.size() >= 3, "chain of " + links.size());
        String claimant = links.get(0).getText();
        assertTrue(claimant.contains("Kirby") || claimant.contains("كيربي"), claimant);
        WebElement mark = driver.findElement(By.cssSelector("#sentence mark"));
        assertTrue(mark.getText().contains("شويغو"), mark.getText());
        assertEquals("rtl", driver.findElement(By.id("sentence")).getCssValue("direction"));
    }

    @Test
    void followingTheSentenceLinkScrollsTheDocumentToIt() {
        open("/isnad/page/claim?id=" + id(ServedStore.seed().kirbyClaim()));
        driver.findElement(By.linkText("see it in the document")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
        Object y = ((JavascriptExecutor) driver).executeScript("return window.scrollY");
        assertTrue(((Number) y).intValue() > 0, "not scrolled to the sentence");
    }

    @Test
    void networkDrawsActorsAndLinksToThem() {
        open("/isnad/page/network");
        assertTrue(driver.findElements(By.cssSelector("#network circle")).size() > 20);
        assertTrue(driver.findElements(By.cssSelector("#network line")).size() > 20);
        assertTrue(driver.findElements(By.cssSelector("#pairs tbody tr")).size() > 20);
    }

    @Test
    void timelineFiltersByStatus() {
        open("/isnad/page/timeline?status=Denied");
        List<WebElement> statuses = driver.findElements(By.cssSelector("#timeline .tag"));
        assertTrue(!statuses.isEmpty());
        statuses.forEach(s -> assertEquals("Denied", s.getText()));
    }

    /** Regression: a label holding a script tag is shown as text and runs nothing. */
    @Test
    void hostileLabelRunsNoScript() {
        open("/isnad/page/actor?id=person/hostile");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(ServedStore.HOSTILE_LABEL_EN, driver.findElement(By.tagName("h1")).getText());
        open("/isnad/page/document?id=doc/hostile-labels");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertTrue(driver.findElement(By.id("text")).getText().contains("<script>alert('doc')</script>"));
    }

    @Test
    void fusekiQueryUiRunsABundledExample() {
        open("/#/dataset/isnad/query");
        WebElement example = waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//span[contains(@class,'badge') and normalize-space()='meetings']")));
        // The page creates its editor 300 ms after it is drawn; a click before that is lost.
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        example.click();
        waiting().until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue()").toString().contains("isnad:Meeting"));
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr")));
        assertTrue(driver.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 4);
    }
}
