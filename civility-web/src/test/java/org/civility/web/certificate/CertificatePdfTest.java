package org.civility.web.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civility.core.certificate.CertificateId;
import org.civility.core.certificate.IdType;
import org.civility.core.certificate.ServiceCertificate;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders certificates and reads them back as a reader and a phone would: text extraction and the QR code. */
class CertificatePdfTest {

    private static final URI VERIFY = URI.create(
            "http://127.0.0.1:8080/api/v1/certificate-verifications/0123456789abcdef0123456789abcdef");

    private final ServiceCertificate certificate = ServiceCertificate.issue(new CertificateId(UUID.randomUUID()),
            new UnitId(UUID.randomUUID()), "圆东村新时代文明实践站", "330102001001", 12,
            new UnitId(UUID.randomUUID()), new VolunteerId(UUID.randomUUID()), "周晓明", IdType.RESIDENT_ID_CARD,
            "11010519491231002X", "V-2026-0001", 270, 3, "学雷锋文明劝导、为老人理发、关爱独居老人",
            LocalDate.of(2026, 3, 5), LocalDate.of(2026, 9, 9), "李建华", "赵敏", "0571-88888888",
            LocalDate.of(2026, 9, 10), Instant.parse("2026-09-10T02:00:00Z"), "0123456789abcdef0123456789abcdef");

    @Test
    void theChineseTextIsRealTextThatCanBeExtracted() throws IOException {
        byte[] bytes = new CertificatePdf(CertificateFont.builtIn()).render(certificate, VERIFY, true);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(bytes).startsWith("%PDF-".getBytes());
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("志愿服务记录证明 330102001001-2026-000012");
            assertThat(text).contains("志愿服务记录证明", "周晓明", "4.5 小时", "270 分钟", "330102001001-2026-000012",
                    "圆东村新时代文明实践站", "居民身份证", "11010519491231002X", "V-2026-0001", "李建华", "赵敏",
                    "0571-88888888", "2026年9月10日", "为老人理发");
            assertThat(text.replaceAll("\\R", "")).as("the printed link, however it wraps")
                    .contains(VERIFY.toString());
        }
    }

    @Test
    void masksTheIdNumberWhenAskedTo() throws IOException {
        byte[] bytes = new CertificatePdf(CertificateFont.builtIn()).render(certificate, VERIFY, false);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("110***********002X").doesNotContain("11010519491231002X");
        }
    }

    @Test
    void theQrCodeOnTheRenderedPageDecodesToTheVerificationUrl() throws Exception {
        byte[] bytes = new CertificatePdf(CertificateFont.builtIn()).render(certificate, VERIFY, true);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.RGB);

            assertThat(decodeQr(page)).isEqualTo(VERIFY.toString());
        }
    }

    @Test
    void theBuiltInFontIsTheStandardChineseFontReferencedNotEmbedded() throws IOException {
        byte[] bytes = new CertificatePdf(CertificateFont.builtIn()).render(certificate, VERIFY, true);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = fonts(pdf.getPage(0));

            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).startsWith(CertificateFont.BUILT_IN_NAME);
                assertThat(f.isEmbedded()).isFalse();
            });
        }
    }

    @Test
    void aConfiguredTrueTypeFontIsEmbeddedAsASubset() throws IOException {
        byte[] ttf;
        try (InputStream in = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            assertThat(in).as("a TrueType font on the test class path").isNotNull();
            ttf = in.readAllBytes();
        }
        ServiceCertificate latin = ServiceCertificate.issue(new CertificateId(UUID.randomUUID()),
                new UnitId(UUID.randomUUID()), "Yuandong Station", "330102001001", 3, new UnitId(UUID.randomUUID()),
                new VolunteerId(UUID.randomUUID()), "Zhou Xiaoming", IdType.RESIDENT_ID_CARD, "11010519491231002X",
                "V-1", 90, 1, "Elder care", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), "Li", "Zhao",
                "0571-1", LocalDate.of(2026, 9, 10), Instant.parse("2026-09-10T02:00:00Z"), "token");

        byte[] bytes = new CertificatePdf(CertificateFont.embedded("LiberationSans-Regular.ttf", ttf))
                .render(latin, VERIFY, true);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = fonts(pdf.getPage(0));
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+.*");
            });
            assertThat(((PDType0Font) fonts.getFirst()).getDescendantFont().getFontDescriptor().getCOSObject()
                    .containsKey(COSName.FONT_FILE2)).isTrue();
            assertThat(bytes.length).as("a subset, far smaller than the whole font").isLessThan(ttf.length);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zhou Xiaoming", "330102001001-2026-000003");
        }
    }

    @Test
    void aLongContentMovesTheQrCodeToItsOwnPageRatherThanOverlapping() throws Exception {
        ServiceCertificate wordy = ServiceCertificate.issue(new CertificateId(UUID.randomUUID()),
                certificate.issuer(), certificate.issuerName(), "330102001001", 13, certificate.recordingUnit(),
                certificate.volunteer(), "周晓明", IdType.RESIDENT_ID_CARD, "11010519491231002X", "V-2026-0001", 270,
                3, "为老人理发".repeat(199), certificate.servedFrom(), certificate.servedTo(), "李建华", "赵敏",
                "0571-88888888", certificate.issuedOn(), certificate.issuedAt(), "0123456789abcdef0123456789abcdee");

        byte[] bytes = new CertificatePdf(CertificateFont.builtIn()).render(wordy, VERIFY, true);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int last = pdf.getNumberOfPages() - 1;
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(last, 150, ImageType.RGB);
            assertThat(decodeQr(page)).isEqualTo(VERIFY.toString());
        }
    }

    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on the rendered page", e);
        }
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
