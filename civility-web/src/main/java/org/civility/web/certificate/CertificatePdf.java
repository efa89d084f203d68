package org.civility.web.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.civility.core.certificate.ServiceCertificate;
import org.civility.core.shared.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Renders a {@link ServiceCertificate} as a one-page A4 PDF (志愿服务记录证明): every item 民发〔2015〕149号 asks
 * for, as real text in the {@link CertificateFont}, and a QR code (ZXing, drawn as vector squares) that encodes
 * the certificate's verification URL, printed beside it.
 */
public final class CertificatePdf {

    /** The document's title, also its first line. */
    public static final String TITLE = "志愿服务记录证明";
    /** Side of one QR module, in PDF points (1/72 in): 2.4 pt is 0.85 mm, far above what phones need. */
    static final float QR_MODULE = 2.4f;
    /** The printed link: 7 pt half-width characters, 80 to a line, fit beside the QR code. */
    private static final float URL_SIZE = 7;
    private static final int URL_CHARS_PER_LINE = 80;
    private static final String CERTIFICATE_BUNDLE = "org.civility.core.certificate.messages";

    private final CertificateFont font;

    public CertificatePdf(CertificateFont font) {
        this.font = requireNonNull(font, "font");
    }

    /** The font the certificates are set in, which other PDFs of the portal share. */
    public CertificateFont font() {
        return font;
    }

    /**
     * The PDF.
     *
     * @param verifyUrl      what the QR code encodes (and the page prints): the public verification endpoint
     * @param fullIdNumber   whether to print the full ID number (for the volunteer and the issuer), else masked
     */
    public byte[] render(ServiceCertificate c, URI verifyUrl, boolean fullIdNumber) {
        requireNonNull(c, "certificate");
        requireNonNull(verifyUrl, "verifyUrl");
        BaseFont base = font.create();
        Font title = new Font(base, 22, Font.BOLD);
        Font body = new Font(base, 12);
        Font small = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 72, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(TITLE + " " + c.number());
            document.addSubject(TITLE);
            document.addCreator("Civility");
            document.open();

            Paragraph heading = new Paragraph(TITLE, title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph number = new Paragraph("证明编号：" + c.number(), small);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(18);
            document.add(number);

            String idType = Messages.text(CERTIFICATE_BUNDLE, CertificatePdf.class.getClassLoader(), null,
                    "IdType." + c.idType().name(), Map.of());
            String idNumber = fullIdNumber ? c.idNumber() : c.maskedIdNumber();
            Paragraph statement = new Paragraph(22, "兹证明 " + c.volunteerName() + "（" + idType + "：" + idNumber
                    + "；志愿者编号：" + c.volunteerNumber() + "）于 " + day(c.servedFrom()) + " 至 " + day(c.servedTo())
                    + " 期间，在 " + c.issuerName() + " 参加志愿服务，经本单位记录，累计服务时长 "
                    + c.hours().toPlainString() + " 小时（" + c.minutes() + " 分钟，共 " + c.entries()
                    + " 次），服务内容：" + c.content() + "。", body);
            statement.setFirstLineIndent(24);
            statement.setSpacingAfter(10);
            document.add(statement);
            Paragraph certify = new Paragraph("特此证明。", body);
            certify.setFirstLineIndent(24);
            certify.setSpacingAfter(18);
            document.add(certify);

            PdfPTable table = new PdfPTable(new float[]{1.2f, 3f});
            table.setWidthPercentage(100);
            row(table, "志愿者姓名", c.volunteerName(), body);
            row(table, "证件类型", idType, body);
            row(table, "证件号码", idNumber, body);
            row(table, "志愿者编号", c.volunteerNumber(), body);
            row(table, "服务时长", c.hours().toPlainString() + " 小时（" + c.minutes() + " 分钟）", body);
            row(table, "服务内容", c.content(), body);
            row(table, "出具单位", c.issuerName(), body);
            row(table, "负责人", c.personInCharge(), body);
            row(table, "经办人", c.handler(), body);
            row(table, "联系方式", c.contact(), body);
            row(table, "证明编号", c.number(), body);
            row(table, "出具日期", day(c.issuedOn()), body);
            document.add(table);

            Paragraph issuer = new Paragraph(c.issuerName() + "（盖章）\n" + day(c.issuedOn()), body);
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(24);
            document.add(issuer);

            BitMatrix qr = qr(verifyUrl.toString());
            if (writer.getVerticalPosition(true) - document.bottom() < qr.getHeight() * QR_MODULE + 12) {
                document.newPage();
                writer.setPageEmpty(false);
            }
            drawQr(writer.getDirectContent(), qr, verifyUrl.toString(), document, small, base);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render certificate " + c.number(), e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell left = new PdfPCell(new Phrase(label, font));
        left.setPadding(6);
        left.setBorderWidth(0.5f);
        PdfPCell right = new PdfPCell(new Phrase(value, font));
        right.setPadding(6);
        right.setBorderWidth(0.5f);
        table.addCell(left);
        table.addCell(right);
    }

    /** The QR code at the bottom left, with its quiet zone and the URL and a note beside it. */
    private static void drawQr(PdfContentByte canvas, BitMatrix matrix, String url, Document document, Font small,
                               BaseFont base) {
        float size = matrix.getWidth() * QR_MODULE;
        float left = document.left();
        float bottom = document.bottom();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    canvas.rectangle(left + x * QR_MODULE, bottom + size - (y + 1) * QR_MODULE, QR_MODULE, QR_MODULE);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();

        float textLeft = left + size + 12;
        canvas.beginText();
        canvas.setFontAndSize(base, small.getSize());
        canvas.setTextMatrix(textLeft, bottom + size - 12);
        canvas.showText("扫码核验本证明真伪（本证明免费出具，依据民发〔2015〕149号）");
        canvas.setTextMatrix(textLeft, bottom + size - 26);
        canvas.showText("核验地址：");
        canvas.setFontAndSize(base, URL_SIZE);
        int line = 0;
        for (int i = 0; i < url.length(); i += URL_CHARS_PER_LINE) {
            canvas.setTextMatrix(textLeft, bottom + size - 38 - 10 * line++);
            canvas.showText(url.substring(i, Math.min(url.length(), i + URL_CHARS_PER_LINE)));
        }
        canvas.endText();
    }

    /** The QR symbol with a quiet zone of four modules (the standard's minimum). */
    static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
        }
    }

    private static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
