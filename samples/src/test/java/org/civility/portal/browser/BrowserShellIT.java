package org.civility.portal.browser;

import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's shell in Chromium: sign-in and sign-out by keyboard alone, the language switch, the
 * large-text mode, and the token sessions behind them.
 */
@ExtendWith(SharedPortal.class)
class BrowserShellIT {

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void signsInAndOutByKeyboardSwitchesLanguageAndEnlargesText() {
        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();
            browser.go("sign-in");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
            assertThat(browser.settleWaits()).as("lookups wait for a settled page").isPositive();
            assertThat(d.findElement(By.cssSelector("label[for=sign-in-username]")).getText()).isEqualTo("用户名");

            // A wrong password: a coded error in Chinese, and still on the sign-in page.
            new Actions(d).sendKeys("resident").sendKeys(Keys.TAB).sendKeys("wrong").sendKeys(Keys.ENTER).perform();
            assertThat(browser.waitFor(By.cssSelector("#sign-in-form .error-code")).getText()).isEqualTo("SIGN-IN-FAILED");
            assertThat(d.findElement(By.cssSelector("#sign-in-form .alert strong")).getText()).isEqualTo("登录失败");

            // Keyboard only: the password field has the focus again after the error. A resident starts
            // on the project menu.
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("sign-in-password");
            new Actions(d).sendKeys(Keys.BACK_SPACE.toString().repeat("wrong".length())).sendKeys("civility-demo").sendKeys(Keys.ENTER).perform();
            browser.waitFor(By.id("sign-out"));
            assertThat(d.findElement(By.id("tools")).getText()).contains("resident");

            // On a fresh load the first Tab reaches the skip link, which is then on screen; Enter moves
            // the focus to the page's content.
            browser.waitReady("menu");
            d.navigate().refresh();
            browser.waitReady("menu");
            new Actions(d).sendKeys(Keys.TAB).perform();
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("skip-link");
            assertThat(((Number) browser.script("return document.getElementById('skip-link').getBoundingClientRect().top;"))
                    .doubleValue()).isGreaterThanOrEqualTo(0);
            new Actions(d).sendKeys(Keys.ENTER).perform();
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

            // Large text by keyboard: Tab to the toggle, press Enter.
            double before = fontSize(browser);
            tabTo(d, "toggle-large-text");
            new Actions(d).sendKeys(Keys.ENTER).perform();
            assertThat(d.findElement(By.id("toggle-large-text")).getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(fontSize(browser)).isGreaterThanOrEqualTo(before * 1.3);
            browser.screenshot("shell-large-text");

            // English, then back to Chinese; the choice of large text survives a reload.
            tabTo(d, "toggle-language");
            new Actions(d).sendKeys(Keys.ENTER).perform();
            browser.waitForText(By.id("sign-out"), "Sign out");
            d.navigate().refresh();
            browser.waitForText(By.id("sign-out"), "Sign out");
            assertThat(fontSize(browser)).isGreaterThanOrEqualTo(before * 1.3);
            d.findElement(By.id("toggle-language")).click();
            browser.waitForText(By.id("sign-out"), "退出登录");
            d.findElement(By.id("toggle-large-text")).click();

            // The audit every journey's screenshot runs finds what it should: a pale text, an unlabelled field.
            assertThat(browser.accessibilityProblems()).isEmpty();
            assertThat(browser.axeViolations()).isEmpty();
            browser.script("const p = document.createElement('p'); p.id = 'pale'; p.style.color = '#bbbbbb';"
                    + "p.textContent = '浅色文字'; const i = document.createElement('input'); i.id = 'bare';"
                    + "document.getElementById('main').append(p, i);");
            assertThat(browser.accessibilityProblems()).hasSize(2)
                    .anySatisfy(p -> assertThat(p).startsWith("contrast 1.9").contains("浅色文字"))
                    .anySatisfy(p -> assertThat(p).startsWith("control without a label").contains("bare"));
            // axe-core, which every screenshot runs too, finds them with the WCAG rule each breaks.
            assertThat(browser.axeViolations())
                    .anySatisfy(p -> assertThat(p).startsWith("axe color-contrast (serious)").contains("#pale"))
                    .anySatisfy(p -> assertThat(p).startsWith("axe label (critical)").contains("#bare"));
            browser.script("document.getElementById('pale').remove(); document.getElementById('bare').remove();");

            // Sign out by keyboard: the token no longer opens the API.
            String token = (String) browser.script("return sessionStorage.getItem('civility.token');");
            assertThat(Api.at(deployment).withHeader("Authorization", "Bearer " + token).get("api/v1/me").status())
                    .isEqualTo(200);
            tabTo(d, "sign-out");
            new Actions(d).sendKeys(Keys.ENTER).perform();
            browser.waitReady("sign-in");
            assertThat(browser.script("return sessionStorage.getItem('civility.token');")).isNull();
            var after = Api.at(deployment).withHeader("Authorization", "Bearer " + token).get("api/v1/me");
            assertThat(after.status()).isEqualTo(401);
            assertThat(after.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    /** Presses Tab until the element with that id has the focus (at most 60 times). */
    static void tabTo(WebDriver d, String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(d.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new Actions(d).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static double fontSize(Browser browser) {
        return Double.parseDouble(((String) browser.script(
                "return getComputedStyle(document.querySelector('main h1')).fontSize;")).replace("px", ""));
    }
}
