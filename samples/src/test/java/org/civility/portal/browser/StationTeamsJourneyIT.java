package org.civility.portal.browser;

import jakarta.json.JsonObject;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A station's own pages in a desktop Chromium, in Chinese, as its head: forms a five-elders team (五老), finds a
 * volunteer by phone and adds him with his category (R-TEAM-1), takes him off again; adds a staff member and removes
 * him, is refused a second head (R-ORG-2), adds and removes a grid; lists, describes and withdraws an item of the project
 * menu (项目清单), publishes and withdraws the new team's offer in the resource list (资源清单); and sees the year's
 * commendations (表彰). Duty staff are not offered these pages. Every result is checked on screen and, where it is
 * stored, through the API.
 */
@ExtendWith(SharedPortal.class)
class StationTeamsJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @Test
    void stationHeadKeepsTeamsStaffMenuAndSeesTheYearsCommendations() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
        String team = "圆东村护学五老队" + tag;
        String clerk = "钱志刚" + tag;
        Api head = Api.at(deployment).as("station-head", DemoData.DEMO_PASSWORD);

        try (Browser browser = Browser.open(deployment, Browser.DESKTOP)) {
            WebDriver d = browser.driver();
            browser.signIn("station-head");

            // 队伍: the five demo teams, then a new five-elders team.
            d.findElement(By.cssSelector("#nav-list a[href='#/station-teams']")).click();
            browser.waitReady("station-teams");
            assertThat(d.findElement(By.id("teams")).getText())
                    .contains("圆东村专家志愿服务队", "专家队伍", "圆东村“五老”志愿服务队", "“五老”队伍", "草根宣讲队伍");
            browser.screenshot("station-teams");
            new Select(d.findElement(By.cssSelector("#form-team select[name=kind]"))).selectByValue("FIVE_ELDERS");
            d.findElement(By.cssSelector("#form-team input[name=name]")).sendKeys(team);
            d.findElement(By.cssSelector("#form-team button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已组建：" + team);
            assertThat(d.findElement(By.id("team-kind")).getText()).isEqualTo("“五老”队伍");
            assertThat(d.findElement(By.id("team-members-none")).getText()).contains("还没有成员");

            // Found by his phone number, and added as a retired cadre.
            d.findElement(By.cssSelector("#member-search input[name=q]")).sendKeys("13800000004");
            d.findElement(By.cssSelector("#member-search button[type=submit]")).click();
            browser.waitForText(By.id("member-search-result"), "找到 1 位");
            assertThat(new Select(d.findElement(By.cssSelector("#add-member select[name=volunteer]")))
                    .getFirstSelectedOption().getText()).startsWith("郑德福");
            new Select(d.findElement(By.cssSelector("#add-member select[name=category]"))).selectByValue("RETIRED_CADRE");
            d.findElement(By.cssSelector("#add-member button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已将郑德福加入" + team);
            assertThat(row(d, "#team-members", "郑德福").getText()).contains("老干部");
            browser.screenshot("station-team-member");

            JsonObject formed = teamNamed(head, team);
            List<JsonObject> members = head.get("api/v1/teams/" + formed.getString("id")).json()
                    .getJsonArray("members").getValuesAs(JsonObject.class);
            assertThat(members).singleElement().satisfies(m -> assertThat(m.getString("category")).isEqualTo("RETIRED_CADRE"));

            // Taken off again.
            row(d, "#team-members", "郑德福").findElement(By.tagName("button")).click();
            browser.waitForText(By.cssSelector(".notice"), "已将郑德福移出" + team);
            assertThat(d.findElement(By.id("team-members-none")).isDisplayed()).isTrue();

            // 站务组织: the leadership of R-ORG-2, and a new administrator on the staff.
            d.findElement(By.cssSelector("#nav-list a[href='#/station-organisation']")).click();
            browser.waitReady("station-organisation");
            assertThat(row(d, "#leadership", "李建华").getText()).contains("站长", "党组织书记");
            assertThat(d.findElement(By.id("grids")).getText()).contains("村东网格", "14");
            assertThat(d.findElement(By.id("partners")).getText()).contains("圆东村幼儿园", "幼儿园");
            // A second head is refused with the rule's code (R-ORG-2), and the leadership stays as it was.
            d.findElement(By.cssSelector("#appoint-leader input[name=personName]")).sendKeys("周卫东" + tag);
            new Select(d.findElement(By.cssSelector("#appoint-leader select[name=role]"))).selectByValue("HEAD");
            assertThat(new Select(d.findElement(By.cssSelector("#appoint-leader select[name=post]")))
                    .getFirstSelectedOption().getAttribute("value")).isEqualTo("PARTY_SECRETARY");
            d.findElement(By.cssSelector("#appoint-leader button[type=submit]")).click();
            browser.waitForText(By.cssSelector("#appoint-leader .alert .error-code"), "R-ORG-2");
            assertThat(d.findElements(By.cssSelector("#leadership tbody tr"))).hasSize(3);
            // A grid added and removed.
            d.findElement(By.cssSelector("#add-grid input[name=name]")).sendKeys("临时网格" + tag);
            WebElement buildings = d.findElement(By.cssSelector("#add-grid input[name=buildings]"));
            buildings.clear();
            buildings.sendKeys("3");
            d.findElement(By.cssSelector("#add-grid button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已添加：临时网格" + tag);
            row(d, "#grids", "临时网格" + tag).findElement(By.tagName("button")).click();
            browser.waitForText(By.cssSelector(".notice"), "已移除：临时网格" + tag);
            assertThat(d.findElement(By.id("grids")).getText()).doesNotContain("临时网格" + tag);

            d.findElement(By.cssSelector("#assign-staff input[name=personName]")).sendKeys(clerk);
            new Select(d.findElement(By.cssSelector("#assign-staff select[name=role]"))).selectByValue("ADMINISTRATOR");
            d.findElement(By.cssSelector("#assign-staff button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已安排" + clerk + "担任管理员");
            assertThat(row(d, "#staff", clerk).getText()).contains("管理员", "未关联");
            browser.screenshot("station-organisation");
            assertThat(head.get("api/v1/units/" + STATION).json().getJsonArray("staff").getValuesAs(JsonObject.class))
                    .anySatisfy(s -> assertThat(s.getString("personName")).isEqualTo(clerk));
            row(d, "#staff", clerk).findElement(By.tagName("button")).click();
            browser.waitForText(By.cssSelector(".notice"), "已移除：" + clerk);
            assertThat(d.findElement(By.id("staff")).getText()).doesNotContain(clerk);

            // 项目清单 and 资源清单: the demo menu; the new team's offer published, then withdrawn.
            d.findElement(By.cssSelector("#nav-list a[href='#/station-menu']")).click();
            browser.waitReady("station-menu");
            assertThat(row(d, "#menu-items", "陪诊").getText()).contains("陪同老人到镇卫生院就诊", "可点单");
            // An item listed, described again and withdrawn.
            String item = "代写书信" + tag;
            d.findElement(By.cssSelector("#list-item input[name=name]")).sendKeys(item);
            d.findElement(By.cssSelector("#list-item input[name=skills]")).sendKeys("书法");
            d.findElement(By.cssSelector("#list-item button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已加入项目清单：" + item);
            row(d, "#menu-items", item).findElement(By.xpath(".//button[text()='修改']")).click();
            browser.waitForText(By.id("menu-item-heading"), item);
            d.findElement(By.cssSelector("#describe-item textarea[name=description]")).sendKeys("为老人代写家书、填写表格");
            d.findElement(By.cssSelector("#describe-item button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已保存：" + item);
            row(d, "#menu-items", item).findElement(By.xpath(".//button[text()='撤下']")).click();
            browser.waitForText(By.cssSelector(".notice"), "已撤下：" + item);
            assertThat(row(d, "#menu-items", item).getText()).contains("为老人代写家书", "书法", "已撤下");
            JsonObject listed = head.get("api/v1/menu-items?unit=" + STATION + "&all=true&limit=200").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("name").equals(item)).findFirst().orElseThrow();
            assertThat(listed.getBoolean("active")).isFalse();
            assertThat(listed.getString("description")).isEqualTo("为老人代写家书、填写表格");

            new Select(d.findElement(By.cssSelector("#publish-offer select[name=team]"))).selectByVisibleText(team + "（“五老”队伍）");
            d.findElement(By.cssSelector("#publish-offer input[name=skills]")).sendKeys("护学、革命传统教育" + tag);
            new Select(d.findElement(By.cssSelector("#publish-offer select[name=day]"))).selectByValue("SATURDAY");
            d.findElement(By.cssSelector("#publish-offer button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".notice"), "已登记" + team + "的资源");
            assertThat(row(d, "#offers", team).getText()).contains("护学", "全站", "星期六 09:00–12:00", "可派单");
            browser.screenshot("station-menu");
            row(d, "#offers", team).findElement(By.xpath(".//button[text()='撤下']")).click();
            browser.waitForText(By.cssSelector(".notice"), "已撤下队伍：" + team + "的资源");
            assertThat(row(d, "#offers", team).getText()).contains("已撤下");

            // 年度表彰: this year's lists.
            d.findElement(By.cssSelector("#nav-list a[href='#/station-commendations']")).click();
            browser.waitReady("station-commendations");
            int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            assertThat(d.findElement(By.id("commended-volunteers-heading")).getText()).isEqualTo(year + "年优秀志愿者");
            // The teams the API commends this year, each on the page (none early in a year: the demo's service is of the
            // last weeks).
            List<String> teams = head.get("api/v1/units/" + STATION + "/commendations?year=" + year).json()
                    .getJsonArray("commended").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("nominee").equals("TEAM")).map(c -> c.getString("name")).toList();
            if (teams.isEmpty()) {
                assertThat(d.findElement(By.id("commended-teams-none")).getText()).contains("没有可表彰的队伍");
            } else {
                assertThat(d.findElement(By.id("commended-teams")).getText()).contains(teams);
            }
            browser.screenshot("station-commendations");

            // The menu offers the four pages by permission: duty staff, who may do none of it, are not offered them.
            List<String> menu = d.findElements(By.cssSelector("#nav-list a")).stream().map(WebElement::getText).toList();
            assertThat(menu).contains("队伍管理", "站务组织", "项目清单", "年度表彰");
            d.findElement(By.id("sign-out")).click();
            browser.waitReady("sign-in");
            browser.signIn("duty-staff");
            List<String> dutyMenu = d.findElements(By.cssSelector("#nav-list a")).stream().map(WebElement::getText).toList();
            assertThat(dutyMenu).contains("阵地预约").doesNotContain("队伍管理", "站务组织", "项目清单", "年度表彰");
        }
    }

    private static JsonObject teamNamed(Api api, String name) {
        return api.get("api/v1/teams?unit=" + STATION + "&limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private static WebElement row(WebDriver d, String table, String text) {
        Optional<WebElement> found = d.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst();
        assertThat(found).as("a row of %s with %s", table, text).isPresent();
        return found.get();
    }
}
