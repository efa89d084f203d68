package org.civility.portal.browser;

import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institute administrator assesses the demo station in a desktop Chromium (R-ASSESS-1): the station's figures for
 * last month, a rating and the rewards or penalties decided, stored and listed with the figures it was made on.
 */
@ExtendWith(SharedPortal.class)
class AssessmentJourneyIT {

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    @DisplayName("R-ASSESS-1 the institute administrator stores an assessment of a station in the browser")
    void theInstituteAdministratorAssessesTheStation() {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        String decision = "通报表扬，奖励活动经费2000元 " + UUID.randomUUID().toString().substring(0, 8);

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("institute-admin");
            browser.go("assessments?station=" + DemoData.STATION_YUANDONG + "&from=" + month + "&to=" + month);

            assertThat(new Select(d.findElement(By.id("assess-station"))).getFirstSelectedOption().getText())
                    .isEqualTo("圆东村新时代文明实践站");
            assertThat(d.findElement(By.id("assess-figures")).getText()).contains("阵地场所", "志愿服务队伍",
                    "每月开讲的月份", "台账完整的活动");
            new Select(d.findElement(By.id("assess-rating"))).selectByValue("GOOD");
            d.findElement(By.id("assess-decision")).sendKeys(decision);
            d.findElement(By.cssSelector("#assess-form button[type=submit]")).click();

            browser.waitForText(By.cssSelector("#assess-form .notice"), "考核已保存：良好");
            browser.waitForText(By.id("assess-history"), decision);
            assertThat(d.findElement(By.id("assess-history")).getText()).contains(month, "良好", "institute-admin");
            browser.screenshot("institute-assessment");
        }
    }
}
