package org.civility.portal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates (志愿服务记录证明) through the portal's API, on the demo volunteer's 2025 service records
 * (DemoData): the station issues one for what it recorded, the volunteer downloads the PDF and its text carries
 * their name and hours, anyone verifies it by its link without signing in; a unit that recorded nothing answers
 * CERTIFICATE-NO-RECORDS; once the library point is dissolved, its parent station certifies its records.
 */
@ExtendWith(SharedPortal.class)
class CertificateApiIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String POINT = DemoData.POINT_LIBRARY.toString();
    private static final String VOLUNTEER = DemoData.DEMO_VOLUNTEER.toString();

    @SharedPortal.Url
    URL deployment;

    @Test
    @DisplayName("谁记录谁证明: the station issues, the volunteer downloads the PDF, anyone verifies it")
    void issueDownloadAndVerify() throws IOException {
        // when the station's administrator issues a certificate for the volunteer's 2025 service there
        var issued = as("station-admin").post("api/v1/certificates", issue(STATION, "0571-88888888"));

        // then it carries the station's current entries: 120 + 90 (corrected from 120) + 60 minutes
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String id = issued.string("id");
        String number = issued.string("number");
        assertThat(issued.header("Location")).endsWith("/api/v1/certificates/" + id);
        assertThat(issued.json().getJsonNumber("minutes").longValue()).isEqualTo(270);
        assertThat(issued.json().getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("4.5"));
        assertThat(issued.json().getInt("entries")).isEqualTo(3);
        assertThat(issued.string("volunteerName")).isEqualTo("周晓明");
        assertThat(issued.string("issuerId")).isEqualTo(STATION);
        assertThat(issued.string("issuerName")).isEqualTo("圆东村新时代文明实践站");
        assertThat(issued.string("personInCharge")).isEqualTo("李建华");
        assertThat(issued.string("handler")).isEqualTo("station-admin");
        assertThat(issued.string("content")).isEqualTo("学雷锋文明劝导、为老人理发、关爱独居老人");
        assertThat(issued.string("servedFrom")).isEqualTo("2025-03-05");
        assertThat(issued.string("servedTo")).isEqualTo("2025-09-09");
        assertThat(number).matches(STATION.substring(0, 8).toUpperCase() + "-\\d{4}-\\d{6}");
        String verifyUrl = issued.string("verifyUrl");
        assertThat(verifyUrl).contains("/api/v1/certificate-verifications/");

        // and the volunteer finds it among their own and downloads the PDF
        var mine = as("volunteer").get("api/v1/certificates?volunteer=" + VOLUNTEER + "&limit=200");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(o -> o.getString("id")).contains(id);
        var pdf = Api.at(deployment).as("volunteer", DemoData.DEMO_PASSWORD)
                .getBytes("api/v1/certificates/" + id + "/pdf", "application/pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("志愿服务记录证明", "周晓明", "4.5 小时", "270 分钟", number);
        }

        // and anyone verifies it through its link, without signing in, the ID number masked
        var verified = Api.at(deployment).get(pathOf(verifyUrl));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getBoolean("valid")).isTrue();
        assertThat(verified.string("number")).isEqualTo(number);
        assertThat(verified.string("volunteerName")).isEqualTo("周晓明");
        assertThat(verified.string("maskedIdNumber")).matches("\\d{3}\\*{11}[0-9X]{4}");
        assertThat(verified.json().getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("4.5"));
        var unknown = Api.at(deployment).get("api/v1/certificate-verifications/" + "0".repeat(32));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.string("code")).isEqualTo("NOT-FOUND");

        // but another person's certificate stays closed, and the list still needs credentials
        var foreign = as("resident").get("api/v1/certificates/" + id);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
        assertThat(foreign.string("code")).isEqualTo("ACCESS-DENIED");
        assertThat(Api.at(deployment).get("api/v1/certificates/" + id).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("谁记录谁证明: a unit that recorded nothing of the volunteer answers CERTIFICATE-NO-RECORDS")
    void aUnitWithoutRecordsHasNothingToCertify() {
        var reply = as("chengnan-admin").post("api/v1/certificates",
                issue(DemoData.INSTITUTE_CHENGNAN.toString(), "021-1"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.string("code")).isEqualTo("CERTIFICATE-NO-RECORDS");
        assertThat(reply.string("title")).isEqualTo("无可证明的服务记录");
    }

    @Test
    @DisplayName("谁记录谁证明: once the library point is dissolved, its parent station certifies its records")
    void theParentOfADissolvedUnitIssues() {
        var dissolved = as("station-head").post("api/v1/units/" + POINT + "/dissolution", null);
        assertThat(dissolved.status()).as(dissolved.toString()).isEqualTo(200);
        assertThat(dissolved.json().getBoolean("dissolved")).isTrue();

        var issued = as("station-admin").post("api/v1/certificates", issue(POINT, "0571-88888888"));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.string("issuerId")).isEqualTo(STATION);
        assertThat(issued.string("recordingUnitId")).isEqualTo(POINT);
        assertThat(issued.json().getJsonNumber("minutes").longValue()).isEqualTo(90);
        assertThat(issued.string("content")).isEqualTo("农家书屋图书整理");
    }

    @Test
    void onlyThoseWhoMayIssueAtTheIssuerIssue() {
        var reply = as("volunteer").post("api/v1/certificates", issue(STATION, "0571-88888888"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.string("code")).isEqualTo("ACCESS-DENIED");
    }

    private static String issue(String unit, String contact) {
        return """
                {"volunteer": "%s", "unit": "%s", "from": "2025-01-01", "to": "2025-12-31", "contact": "%s"}
                """.formatted(VOLUNTEER, unit, contact);
    }

    /** The path of a link the portal built (its host may be the machine's, not 127.0.0.1), from "api/" on. */
    private static String pathOf(String url) {
        String path = URI.create(url).getPath();
        return path.substring(path.indexOf("api/"));
    }

    private Api as(String user) {
        return Api.at(deployment).as(user, DemoData.DEMO_PASSWORD);
    }
}
