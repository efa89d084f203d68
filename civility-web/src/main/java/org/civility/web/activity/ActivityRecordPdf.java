package org.civility.web.activity;

import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.Attendee;
import org.civility.core.activity.ImageType;
import org.civility.core.activity.MonthOfRecords;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.RecordPhoto;
import org.civility.core.shared.Messages;
import org.civility.web.certificate.CertificateFont;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Renders a unit's month of activity records (R-ACT-1) as an A4 PDF the county can file (新时代文明实践活动台账):
 * per record its time, unit, practice form, attendance with the names, the summary and its photos (the first one
 * shown when it is a JPEG, PNG or GIF of at most {@value #MAX_PHOTO_BYTES} bytes, as long as the document holds at
 * most {@value #MAX_EMBEDDED_BYTES} bytes of pictures), then the held activities without a record. The text is real
 * text in the {@link CertificateFont} the certificates use.
 */
public final class ActivityRecordPdf {

    /** The document's title, also its first line. */
    public static final String TITLE = "新时代文明实践活动台账";
    /** The largest photo shown in the document. */
    static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;
    /** The most bytes of pictures one document holds; later photos are listed by name only. */
    static final int MAX_EMBEDDED_BYTES = 20 * 1024 * 1024;

    private static final String ACTIVITY_BUNDLE = "org.civility.core.activity.messages";
    private static final Set<ImageType> SHOWN = Set.of(ImageType.JPEG, ImageType.PNG, ImageType.GIF);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CertificateFont font;

    public ActivityRecordPdf(CertificateFont font) {
        this.font = requireNonNull(font, "font");
    }

    /**
     * The PDF.
     *
     * @param photos the bytes of a photo, or empty when they cannot be read; asked only for photos to be shown
     * @param now    when the report is made, printed at its end
     */
    public byte[] render(MonthOfRecords month, ZoneId zone, Function<ActivityRecord, Optional<byte[]>> photos,
                         Instant now) {
        requireNonNull(month, "month");
        requireNonNull(zone, "zone");
        requireNonNull(photos, "photos");
        BaseFont base = font.create();
        Font title = new Font(base, 20, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font small = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            String period = month.month().getYear() + "年" + month.month().getMonthValue() + "月";
            document.addTitle(TITLE + " " + month.unitName() + " " + period);
            document.addSubject(TITLE);
            document.addCreator("Civility");
            document.open();

            Paragraph head = new Paragraph(TITLE, title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(4);
            document.add(head);
            Paragraph unit = new Paragraph(month.unitName() + "  " + period, heading);
            unit.setAlignment(Element.ALIGN_CENTER);
            unit.setSpacingAfter(10);
            document.add(unit);
            document.add(new Paragraph("本月活动台账 " + month.records().size() + " 份，其中完整 " + month.complete()
                    + " 份（有小结、照片和参加人员）；已举办未建台账的活动 " + month.missing().size() + " 项。", body));

            long embedded = 0;
            int n = 0;
            for (MonthOfRecords.Line line : month.records()) {
                ActivityRecord r = line.record();
                Paragraph name = new Paragraph(++n + ". " + r.title(), heading);
                name.setSpacingBefore(14);
                name.setSpacingAfter(6);
                document.add(name);
                PdfPTable table = new PdfPTable(new float[] {1.1f, 4f});
                table.setWidthPercentage(100);
                row(table, "活动时间", when(r, zone), body);
                row(table, "举办单位", line.unitName(), body);
                row(table, "实践形式", form(r.form()), body);
                row(table, "参加人数", r.attendance() + " 人（扫码签到 " + r.checkedIn().size() + " 人，手工补签 "
                        + r.addedByHand().size() + " 人）", body);
                row(table, "签到人员", names(r.checkedIn().stream().map(Attendee::name).toList()), body);
                row(table, "补签人员", names(r.addedByHand()), body);
                row(table, "活动小结", r.summary().isEmpty() ? "（未填写）" : r.summary(), body);
                row(table, "活动照片", r.photos().isEmpty() ? "（无）" : r.photos().size() + " 张："
                        + r.photos().stream().map(RecordPhoto::name).collect(Collectors.joining("、")), body);
                row(table, "台账状态", r.complete() ? "完整" : "不完整", body);
                row(table, "记录人", r.keptBy() + "，" + DAY_TIME.format(r.keptAt().atZone(zone)), body);
                document.add(table);
                Optional<RecordPhoto> first = r.photos().stream().findFirst()
                        .filter(p -> SHOWN.contains(p.type()) && p.size() <= MAX_PHOTO_BYTES);
                if (first.isPresent() && embedded + first.get().size() <= MAX_EMBEDDED_BYTES) {
                    Optional<Image> image = photos.apply(r).flatMap(ActivityRecordPdf::image);
                    if (image.isPresent()) {
                        Image picture = image.get();
                        picture.scaleToFit(260, 190);
                        picture.setAlignment(Element.ALIGN_CENTER);
                        picture.setSpacingBefore(6);
                        document.add(picture);
                        embedded += first.get().size();
                    }
                }
            }

            if (!month.missing().isEmpty()) {
                Paragraph gaps = new Paragraph("已举办未建台账的活动", heading);
                gaps.setSpacingBefore(18);
                gaps.setSpacingAfter(6);
                document.add(gaps);
                PdfPTable table = new PdfPTable(new float[] {1.4f, 2f, 0.7f, 3f});
                table.setWidthPercentage(100);
                for (String label : List.of("开始时间", "举办单位", "形式", "活动名称")) {
                    table.addCell(cell(label, body));
                }
                for (MonthOfRecords.Gap gap : month.missing()) {
                    table.addCell(cell(DAY_TIME.format(gap.activity().schedule().start().atZone(zone)), body));
                    table.addCell(cell(gap.unitName(), body));
                    table.addCell(cell(form(gap.activity().form()), body));
                    table.addCell(cell(gap.activity().title(), body));
                }
                document.add(table);
            }

            Paragraph made = new Paragraph("导出时间：" + DAY_TIME.format(now.atZone(zone)), small);
            made.setAlignment(Element.ALIGN_RIGHT);
            made.setSpacingBefore(18);
            document.add(made);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the activity records of " + month.unitName(), e);
        }
        return out.toByteArray();
    }

    /** The most pixels a photo may have to be drawn: a bigger one is listed by name only. */
    static final long MAX_PIXELS = 40_000_000L;

    private static Optional<Image> image(byte[] bytes) {
        // A picture's header may claim any size, and decoders allocate by it before reading a pixel: read the size
        // from the header alone first, and draw only what is plausibly a photo.
        if (!plausibleSize(bytes)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Image.getInstance(bytes));
        } catch (Exception unreadable) {
            // A file that starts as a picture but is none is still listed by name; the report is made anyway.
            return Optional.empty();
        }
    }

    /** Whether the picture's header names a size of at most {@link #MAX_PIXELS}, read without decoding it. */
    static boolean plausibleSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static String when(ActivityRecord r, ZoneId zone) {
        var start = r.schedule().start().atZone(zone);
        var end = r.schedule().end().atZone(zone);
        return DAY_TIME.format(start) + " 至 " + (start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end)
                : DAY_TIME.format(end));
    }

    private static String form(PracticeForm form) {
        return Messages.text(ACTIVITY_BUNDLE, PracticeForm.class.getClassLoader(), Messages.DEFAULT_LOCALE,
                "PracticeForm." + form.name(), Map.of());
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "（无）" : String.join("、", names);
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(cell(label, font));
        table.addCell(cell(value, font));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        cell.setBorderWidth(0.5f);
        return cell;
    }
}
