package org.civility.portal.browser;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A station's policy settings in a desktop Chromium, in Chinese: the station head sees each setting's value in force
 * and where it comes from, is told why a looser value is refused (GOV-LOOSEN), then tightens the most photos an
 * activity record keeps and sees the new value, its source (this station) and who set it.
 */
@ExtendWith(SharedPortal.class)
class SettingsJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String SETTING = "activity.record.max-photos";

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void stationHeadTightensASettingAndSeesWhoSetIt() {
        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("station-head");
            d.findElement(By.cssSelector("#nav-list a[href='#/unit-settings']")).click();
            browser.waitReady("unit-settings");
            assertThat(d.findElement(By.id("settings")).getAttribute("data-unit")).isEqualTo(STATION);
            assertThat(row(d, SETTING).getText()).contains("每个活动台账的照片数上限");
            assertThat(row(d, "celebration.wedding.max-tables").getText()).contains("喜事酒席桌数上限");
            row(d, SETTING).findElement(By.cssSelector("button")).click();
            browser.waitFor(By.id("setting-panel"));

            // Looser than what the station inherits: refused, with the reason in Chinese.
            WebElement value = d.findElement(By.cssSelector("#setting-form input[name=value]"));
            value.clear();
            value.sendKeys("40");
            d.findElement(By.cssSelector("#setting-form button[type=submit]")).click();
            WebElement refused = browser.waitFor(By.cssSelector("#setting-form .alert"));
            assertThat(refused.getText()).contains("设置只能收紧");

            value = d.findElement(By.cssSelector("#setting-form input[name=value]"));
            value.clear();
            value.sendKeys("20");
            d.findElement(By.cssSelector("#setting-form button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "“每个活动台账的照片数上限”设为 20");
            WebElement set = row(d, SETTING);
            assertThat(set.getText()).contains("20", "本单位设定", "station-head");
            browser.screenshot("unit-settings");
        }

        JsonObject setting = Api.at(deployment).as("station-head", DemoData.DEMO_PASSWORD)
                .get("api/v1/units/" + STATION + "/settings/" + SETTING).json();
        assertThat(setting.getString("value")).isEqualTo("20");
        assertThat(setting.getString("sourceUnitId")).isEqualTo(STATION);
        assertThat(setting.getString("changedBy")).isEqualTo("station-head");
        assertThat(setting.getString("changedAt")).isNotBlank();
        JsonObject seenByAResident = Api.at(deployment).as("resident", DemoData.DEMO_PASSWORD)
                .get("api/v1/units/" + STATION + "/settings/" + SETTING).json();
        assertThat(seenByAResident.get("changedBy")).as("a staff member's name, for those who configure")
                .isIn(null, JsonValue.NULL);
    }

    private static WebElement row(WebDriver d, String setting) {
        Optional<WebElement> found = d.findElements(By.cssSelector("#settings tbody tr")).stream()
                .filter(r -> !r.findElements(By.xpath(".//code[text()='" + setting + "']")).isEmpty()).findFirst();
        assertThat(found).as("the row of %s", setting).isPresent();
        return found.get();
    }
}
