package org.civility.portal.browser;

import jakarta.json.JsonObject;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.portal.Api;
import org.civility.portal.SharedPortal;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volunteer's journey on a phone, as the demo volunteer 周晓明: the start page with hours, stars, points and the
 * orders offered; declining one with a reason (by keyboard), accepting one and grabbing one; checking in through
 * the QR code's link and out again; hours by source; downloading a certificate. Then a station administrator
 * registers a minor with the guardian's consent (staff-assisted registration, ADR 0015). And the demo resident signs
 * themself up as a volunteer (self-registration, ADR 0018) and lands on the volunteer's start page.
 */
@ExtendWith(SharedPortal.class)
class VolunteerJourneyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String VOLUNTEER = DemoData.DEMO_VOLUNTEER.toString();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @SharedPortal.Url(SharedPortal.BROWSER)
    URL deployment;

    @AfterEach
    void resetClock() {
        as("station-head").put("api/v1/testing/clock", "{\"offset\":\"PT0S\"}");
    }

    @Test
    void aVolunteerAnswersOffersChecksInAndOutSeesHoursAndDownloadsACertificate() throws Exception {
        Api admin = as("station-admin");
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        String declined = offeredOrder(admin, "陪同就医 " + run);
        String accepted = offeredOrder(admin, "上门理发 " + run);
        String grabbable = reviewedOrder(admin, "代购生活用品 " + run);
        assertOk(admin.post("api/v1/orders/" + grabbable + "/open-for-grabs", null));
        Path downloads = Files.createTempDirectory("civility-downloads");

        try (Browser browser = Browser.open(deployment, Browser.PHONE).downloadTo(downloads)) {
            WebDriver d = browser.driver();

            // The volunteer's start page: who they are, hours, stars, points and what is offered to them.
            browser.signIn("volunteer");
            browser.waitReady("volunteer");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("我的志愿服务");
            assertThat(d.findElement(By.cssSelector("#page-volunteer .lead")).getText()).contains("周晓明");
            JsonObject recognition = as("volunteer").get("api/v1/volunteers/" + VOLUNTEER + "/recognition").json();
            assertThat(d.findElement(By.id("volunteer-star-level")).getText())
                    .contains(recognition.getInt("starLevel") + " 星");
            assertThat(d.findElement(By.id("volunteer-points")).getText())
                    .isEqualTo(String.valueOf(recognition.getJsonNumber("pointsBalance").longValue()));
            WebElement toDecline = card(d, declined);
            WebElement toAccept = card(d, accepted);
            assertThat(toDecline.getText()).contains("陪同就医 " + run, "派给您", "李奶奶");
            assertThat(toAccept.getText()).contains("上门理发 " + run);
            assertThat(d.findElement(By.id("volunteer-grabs")).getText()).contains("代购生活用品 " + run);
            browser.screenshot("volunteer-home");

            // Decline by keyboard, with a reason: the order goes back to the station, the reason in its history.
            card(d, declined).findElement(By.cssSelector("button.decline")).sendKeys(Keys.ENTER);
            assertThat(d.switchTo().activeElement().getAttribute("name")).isEqualTo("reason");
            assertThat(label(d, d.switchTo().activeElement())).isEqualTo("婉拒原因");
            new Actions(d).sendKeys("那天要去县里开会").sendKeys(Keys.ENTER).perform();
            browser.waitForText(By.cssSelector("#volunteer-offers .notice"), "您已婉拒");
            assertThat(d.findElements(By.id("order-" + declined))).isEmpty();
            JsonObject afterDecline = admin.get("api/v1/orders/" + declined).json();
            assertThat(afterDecline.getString("status")).isEqualTo("REVIEWED");
            JsonObject lastStep = afterDecline.getJsonArray("history").getJsonObject(
                    afterDecline.getJsonArray("history").size() - 1);
            assertThat(lastStep.getString("action")).isEqualTo("DECLINE");
            assertThat(lastStep.getString("note")).isEqualTo("那天要去县里开会");

            // Accept the other offer and grab the open one: both wait to be served now.
            card(d, accepted).findElement(By.cssSelector("button.accept")).click();
            browser.waitForText(By.cssSelector("#volunteer-offers .notice"), "您已接单");
            assertThat(card(d, accepted).getText()).contains("已接单，未开始");
            assertThat(card(d, accepted).findElement(By.cssSelector("button.start")).isDisplayed()).isTrue();
            card(d, grabbable).findElement(By.cssSelector("button.accept")).click();
            browser.until("the grabbed order among my orders",
                    x -> x.findElement(By.id("volunteer-offers")).getText().contains("代购生活用品 " + run));
            assertThat(admin.get("api/v1/orders/" + accepted).string("acceptedBy")).isEqualTo(VOLUNTEER);
            assertThat(admin.get("api/v1/orders/" + grabbable).string("acceptedBy")).isEqualTo(VOLUNTEER);
            browser.screenshot("volunteer-orders-accepted");

            // The lists behind the page are the API's: nobody else's offers, and only where one may sign up.
            var residentOffers = as("resident").get("api/v1/orders/for-me");
            assertThat(residentOffers.status()).as(residentOffers.toString()).isEqualTo(200);
            assertThat(residentOffers.json().getJsonArray("items")).isEmpty();
            var elsewhere = as("volunteer").get("api/v1/orders/open-for-grabs?unit=" + DemoData.INSTITUTE_CHENGNAN);
            assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(403);
            assertThat(elsewhere.string("code")).isEqualTo("ACCESS-DENIED");

            // The station opens a check-in code; its QR code leads to <portal>/checkin?token=<link token>.
            Instant now = serverNow("PT0S");
            var opened = admin.post("api/v1/check-in-codes", """
                    {"unitId":"%s","description":"敬老院助老 %s","where":"圆东村敬老院",
                     "scheduledStart":"%s","scheduledEnd":"%s"}""".formatted(STATION, run,
                    at(now.minusSeconds(300)), at(now.plusSeconds(7200))));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            String code = opened.string("code");
            String link = opened.string("checkInLink");
            assertThat(URI.create(link).getPath()).isEqualTo(URI.create(browser.base()).getPath() + "checkin");
            assertThat(URI.create(link).getQuery()).matches("token=[A-Za-z0-9_-]{32}");
            String token = URI.create(link).getQuery().substring("token=".length());

            // A link printed before codes had tokens still fills in the digits.
            d.get(browser.base() + "checkin?code=" + code);
            browser.waitReady("checkin");
            assertThat(d.getCurrentUrl()).endsWith("#/checkin?code=" + code);
            WebElement codeField = d.findElement(By.id("checkin-code"));
            assertThat(codeField.getAttribute("value")).isEqualTo(code);
            assertThat(label(d, codeField)).isEqualTo("签到码（六位数字）");
            assertThat(d.findElement(By.id("checkin-from-link")).getText()).contains("请核对后确认");

            // The QR code's link: the page checks in with the token and shows no digits it never knew.
            d.get(browser.base() + "checkin?token=" + token);
            browser.waitReady("checkin");
            assertThat(d.getCurrentUrl()).endsWith("#/checkin?token=" + token);
            assertThat(d.findElements(By.id("checkin-code"))).isEmpty();
            assertThat(d.findElement(By.id("checkin-from-link")).getText()).contains("您扫描了活动二维码");
            assertThat(d.findElement(By.id("checkin-type-digits")).getText()).isEqualTo("改为输入六位签到码");
            assertThat(d.findElement(By.id("checkin-location-consent")).isSelected()).isFalse();
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("checkin-confirm");
            browser.screenshot("volunteer-checkin");
            d.findElement(By.id("checkin-confirm")).click();
            browser.waitForText(By.id("checkin-result"), "签到成功");
            assertThat(d.findElement(By.id("checkin-result")).getText()).contains("敬老院助老 " + run);

            // Forty minutes later they check out on the same page.
            serverNow("PT40M");
            d.findElement(By.id("checkout-confirm")).click();
            browser.waitForText(By.id("checkin-result"), "签退成功");
            assertThat(d.findElement(By.id("checkin-result")).getText()).containsPattern("记录 4[01] 分钟");
            browser.screenshot("volunteer-checkout");

            // Hours by source (self check-in apart from make-up and import), star level and points.
            browser.go("volunteer-hours");
            JsonObject totals = as("volunteer").get("api/v1/volunteers/" + VOLUNTEER + "/service-records")
                    .json().getJsonObject("totals");
            List<WebElement> rows = d.findElements(By.cssSelector("#hours-by-source tbody tr"));
            assertThat(rows).extracting(WebElement::getText).containsExactly(
                    "本人签到 " + hours(totals, "SELF_CHECK_IN") + " 小时",
                    "管理员补录 " + hours(totals, "ADMIN_MAKE_UP") + " 小时",
                    "导入 " + hours(totals, "IMPORT") + " 小时");
            recognition = as("volunteer").get("api/v1/volunteers/" + VOLUNTEER + "/recognition").json();
            assertThat(d.findElement(By.id("hours-star-level")).getText()).contains(recognition.getInt("starLevel") + " 星");
            assertThat(d.findElement(By.id("hours-points")).getText())
                    .isEqualTo(String.valueOf(recognition.getJsonNumber("pointsBalance").longValue()));
            // The chain keeps the check-in entry; the list shows the check-out that replaced it, once.
            List<WebElement> ours = d.findElements(By.xpath(
                    "//table[@id='hours-entries']//tr[td[contains(., '敬老院助老 " + run + "')]]"));
            assertThat(ours).hasSize(1);
            assertThat(ours.get(0).getText()).containsPattern("4[01] 分钟").contains("本人签到");
            browser.screenshot("volunteer-hours");

            // A certificate the station issued is downloaded as a PDF through the UI.
            var issued = admin.post("api/v1/certificates", """
                    {"volunteer": "%s", "unit": "%s", "from": "2025-01-01", "to": "2025-12-31",
                     "contact": "0571-88888888"}""".formatted(VOLUNTEER, STATION));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            String number = issued.string("number");
            browser.go("volunteer-certificates");
            WebElement certificate = d.findElement(By.id("certificate-" + issued.string("id")));
            assertThat(certificate.getText()).contains(number, "圆东村新时代文明实践站");
            WebElement downloadButton = certificate.findElement(By.cssSelector("button.download"));
            assertThat(downloadButton.getText()).isEqualTo("下载 PDF");
            downloadButton.click();
            browser.waitForText(By.id("certificate-" + issued.string("id")), "已下载");
            Path pdf = downloads.resolve("certificate-" + number + ".pdf");
            browser.until("the download of " + pdf, x -> Files.isRegularFile(pdf) && size(pdf) > 0);
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            browser.screenshot("volunteer-certificates");

            // Registration under the real name happens at the station: an administrator registers a minor, whom the
            // API refuses without the guardian's consent.
            d.findElement(By.id("sign-out")).click();
            browser.waitReady("sign-in");
            browser.signIn("station-admin");
            assertThat(d.findElements(By.cssSelector("#nav-list a[href='#/volunteer-register']"))).hasSize(1);
            assertThat(d.findElements(By.cssSelector("#nav-list a[href='#/volunteer']"))).isEmpty();
            browser.go("volunteer-register");
            String name = "林小雨" + run.substring(0, 2);
            String idNumber = minorIdNumber();
            d.findElement(By.id("register-name")).sendKeys(name);
            d.findElement(By.id("register-id-number")).sendKeys(idNumber, Keys.TAB);
            assertThat(d.findElement(By.id("register-minor")).isSelected()).isTrue();
            assertThat(d.findElement(By.id("register-guardian")).isDisplayed()).isTrue();
            d.findElement(By.id("register-phone")).sendKeys("139" + run + "123");
            d.findElement(By.id("register-skills")).sendKeys("绘画，朗诵");
            d.findElement(By.id("register-minor")).click();
            assertThat(d.findElement(By.id("register-guardian")).isDisplayed()).isFalse();
            d.findElement(By.id("register-submit")).click();
            assertThat(browser.waitFor(By.cssSelector("#page-volunteer-register .alert .error-code")).getText())
                    .isEqualTo("VOLUNTEER-GUARDIAN-CONSENT");

            d.findElement(By.id("register-minor")).click();
            d.findElement(By.id("register-guardian-name")).sendKeys("林国栋");
            d.findElement(By.id("register-guardian-phone")).sendKeys("138" + run + "456");
            assertThat(label(d, d.findElement(By.id("register-guardian-relation")))).isEqualTo("与未成年人关系");
            d.findElement(By.id("register-guardian-consent")).click();
            browser.screenshot("volunteer-register");
            d.findElement(By.id("register-submit")).click();
            browser.waitForText(By.id("register-result"), "已有监护人同意");
            assertThat(d.findElement(By.id("register-result")).getText()).contains(name, "15 岁", idNumber);
            JsonObject registered = admin.get("api/v1/volunteers?unit=" + STATION + "&limit=200").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getString("realName").equals(name)).findFirst().orElseThrow();
            assertThat(registered.getBoolean("minor")).isTrue();
            assertThat(registered.getBoolean("guardianConsentPresent")).isTrue();
            assertThat(registered.getJsonArray("skills").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("绘画", "朗诵");
            browser.screenshot("volunteer-registered");
        }
    }

    @Test
    void aResidentSignsThemselfUpAsAVolunteer() {
        String name = "王建国";
        String idNumber = adultIdNumber();
        String wrongCheck = idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');
        Api resident = as("resident");
        assertThat(resident.get("api/v1/me").json().get("volunteerId")).isNull();

        try (Browser browser = Browser.open(deployment, Browser.PHONE)) {
            WebDriver d = browser.driver();

            // A resident without a volunteer record finds "成为志愿者" in the menu.
            browser.signIn("resident");
            WebElement entry = d.findElement(By.cssSelector("#nav-list a[href='#/volunteer-signup']"));
            assertThat(entry.getAttribute("textContent").trim()).isEqualTo("成为志愿者");
            browser.waitReady("menu");
            d.findElement(By.id("to-volunteer-signup")).click();
            browser.waitReady("volunteer-signup");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("实名注册成为志愿者");
            assertThat(d.findElement(By.id("signup-guardian")).isDisplayed()).isFalse();
            d.findElement(By.id("signup-name")).sendKeys(name);
            d.findElement(By.id("signup-id-number")).sendKeys(wrongCheck, Keys.TAB);
            assertThat(d.findElement(By.id("signup-minor")).isSelected()).isFalse();
            d.findElement(By.id("signup-phone")).sendKeys("13912345678");
            d.findElement(By.id("signup-skills")).sendKeys("急救，理发");
            d.findElement(By.id("signup-truthful")).click();
            d.findElement(By.id("signup-submit")).click();

            // The API checks the ID number as for staff registration and answers a coded error in Chinese.
            WebElement alert = browser.waitFor(By.cssSelector("#page-volunteer-signup .alert"));
            assertThat(alert.findElement(By.className("error-code")).getText()).isEqualTo("VOLUNTEER-ID-CHECK-DIGIT");
            assertThat(alert.getText()).contains("身份证号校验码错误");
            assertThat(resident.get("api/v1/me").json().get("volunteerId")).isNull();

            WebElement idField = d.findElement(By.id("signup-id-number"));
            idField.clear();
            idField.sendKeys(idNumber, Keys.TAB);
            browser.screenshot("volunteer-signup");
            d.findElement(By.id("signup-submit")).click();

            // Registered and linked: the resident lands on the volunteer's start page under their name.
            browser.waitReady("volunteer");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("我的志愿服务");
            assertThat(d.findElement(By.id("volunteer-welcome")).getText()).contains(name, "已注册成为志愿者");
            assertThat(d.findElement(By.cssSelector("#page-volunteer .lead")).getText()).contains(name);
            assertThat(d.findElements(By.cssSelector("#nav-list a[href='#/volunteer-signup']"))).isEmpty();
            assertThat(d.findElements(By.cssSelector("#nav-list a[href='#/checkin']"))).hasSize(1);
            browser.screenshot("volunteer-signed-up");

            // The account acts as the volunteer from now on: its volunteerId and a VOLUNTEER grant at the station.
            JsonObject me = resident.get("api/v1/me").json();
            String volunteerId = me.getString("volunteerId");
            assertThat(me.getJsonArray("grants").getValuesAs(JsonObject.class))
                    .anySatisfy(g -> {
                        assertThat(g.getString("role")).isEqualTo("VOLUNTEER");
                        assertThat(g.getString("unitId")).isEqualTo(STATION);
                    })
                    .anySatisfy(g -> assertThat(g.getString("role")).isEqualTo("RESIDENT"));
            JsonObject own = resident.get("api/v1/volunteers/" + volunteerId).json();
            assertThat(own.getString("realName")).isEqualTo(name);
            assertThat(own.getString("residentIdNumber")).isEqualTo(idNumber);
            assertThat(own.getString("homeUnit")).isEqualTo(STATION);

            // A second self-registration is refused with a coded error, whatever the ID number.
            var again = resident.post("api/v1/volunteers/me", """
                    {"homeUnit":"%s","realName":"%s","residentIdNumber":"%s","phone":"13912345679",
                     "origin":"RESIDENT"}""".formatted(STATION, name, adultIdNumber()));
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.string("code")).isEqualTo("VOLUNTEER-ALREADY-LINKED");
            assertThat(again.string("title")).isEqualTo("您已是注册志愿者");
            browser.go("volunteer-signup");
            assertThat(d.findElement(By.id("signup-already")).getText()).isEqualTo("您已是注册志愿者。");
        }
    }

    /** The order card of that id on the volunteer's start page. */
    private static WebElement card(WebDriver d, String orderId) {
        return d.findElement(By.id("order-" + orderId));
    }

    /** The text of the label joined to a control by for/id. */
    private static String label(WebDriver d, WebElement control) {
        return d.findElement(By.cssSelector("label[for='" + control.getAttribute("id") + "']")).getText();
    }

    /** A resident's wish placed by the station's administrator for 李奶奶, reviewed; answers its id. */
    private static String reviewedOrder(Api admin, String wish) {
        var placed = admin.post("api/v1/orders", """
                {"unit":"%s","wish":"%s","onBehalfOf":"李奶奶"}""".formatted(STATION, wish));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.string("id");
        assertOk(admin.post("api/v1/orders/" + id + "/review", "{\"note\":\"\",\"confirmDuplicate\":true}"));
        return id;
    }

    /** A reviewed order offered to the demo volunteer (派单). */
    private static String offeredOrder(Api admin, String wish) {
        String id = reviewedOrder(admin, wish);
        assertOk(admin.post("api/v1/orders/" + id + "/offer", """
                {"kind":"VOLUNTEER","id":"%s"}""".formatted(VOLUNTEER)));
        return id;
    }

    private static void assertOk(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** An ID number of someone born in 1988, with a valid check character. */
    private static String adultIdNumber() {
        String first17 = "330102198805" + String.format(Locale.ROOT, "%02d", ThreadLocalRandom.current().nextInt(1, 29))
                + String.format(Locale.ROOT, "%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** An ID number of someone who turned 15 ten days ago, with a valid check character. */
    private static String minorIdNumber() {
        LocalDate birth = LocalDate.now(SHANGHAI).minusYears(15).minusDays(10);
        String first17 = "330102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format(Locale.ROOT, "%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String hours(JsonObject totals, String source) {
        JsonObject bySource = totals.getJsonObject("minutesBySource");
        long minutes = bySource.containsKey(source) ? bySource.getJsonNumber(source).longValue() : 0;
        return String.format(Locale.ROOT, "%.1f", Math.round(minutes / 6.0) / 10.0);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private Instant serverNow(String offset) {
        var clock = as("station-head").put("api/v1/testing/clock", "{\"offset\":\"%s\"}".formatted(offset));
        assertThat(clock.status()).as(clock.toString()).isEqualTo(200);
        return Instant.parse(clock.string("now"));
    }

    private static String at(Instant instant) {
        return instant.atOffset(ZoneOffset.ofHours(8)).toString();
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }
}
