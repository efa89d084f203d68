package org.civility.web.volunteer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workbook's shared strings as plain text, for reading a sheet as a stream. Reads {@code sharedStrings.xml} as POI's
 * {@code ReadOnlySharedStringsTable} does (each {@code si}: its {@code t} texts joined, phonetic runs left out) and
 * decodes Excel's {@code _xHHHH_} escapes as {@code XSSFRichTextString} does, but hands out each string without
 * building an {@code XSSFRichTextString} (an XML object) per cell, which cost most of reading an import.
 */
final class PlainSharedStrings extends DefaultHandler implements SharedStrings {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;
    private int count;

    /** Reads the package's shared strings part; none (a workbook without text cells) reads as empty. */
    static PlainSharedStrings of(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        PlainSharedStrings strings = new PlainSharedStrings();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream part = parts.getFirst().getInputStream()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(strings);
                parser.parse(new InputSource(part));
            }
        }
        return strings;
    }

    private PlainSharedStrings() {
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(MAIN)) {
            return;
        }
        switch (localName) {
            case "sst" -> {
                String c = attributes.getValue("count");
                count = c == null ? 0 : Integer.parseInt(c);
            }
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(MAIN)) {
            return;
        }
        switch (localName) {
            case "si" -> strings.add(decode(text.toString()));
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic) {
            text.append(ch, start, length);
        }
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_}. */
    static String decode(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPE.matcher(value);
        StringBuilder b = new StringBuilder(value.length());
        int at = 0;
        while (m.find()) {
            b.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : b.append(value, at, value.length()).toString();
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= strings.size()) {
            throw new IllegalStateException("No shared string " + idx + " of " + strings.size());
        }
        return new Plain(strings.get(idx));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    /** A string without formatting; read only. */
    private record Plain(String value) implements RichTextString {

        @Override
        public String getString() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException("read only");
        }
    }
}
