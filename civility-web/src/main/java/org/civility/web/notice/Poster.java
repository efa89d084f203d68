package org.civility.web.notice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.civility.core.notice.Notice;

/** A printable A4 poster (海报) of a notice, in Chinese, as a self-contained HTML page. */
final class Poster {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE HH:mm", Locale.SIMPLIFIED_CHINESE);

    private Poster() {
    }

    static String html(Notice notice, String unitName, ZoneId zone) {
        String title = escape(notice.content().title());
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="UTF-8">
                <title>%1$s</title>
                <style>
                  @page { size: A4 portrait; margin: 18mm; }
                  body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; color: #111; margin: 0; }
                  .poster { border: 6px double #b71c1c; padding: 14mm 12mm; min-height: 240mm; box-sizing: border-box; }
                  .kicker { color: #b71c1c; letter-spacing: .5em; text-align: center; font-size: 14pt; }
                  h1 { text-align: center; font-size: 32pt; margin: 8mm 0 10mm; color: #b71c1c; }
                  .body { font-size: 16pt; line-height: 1.9; text-indent: 2em; white-space: pre-line; }
                  dl { font-size: 16pt; margin-top: 12mm; }
                  dt { font-weight: bold; float: left; width: 5em; }
                  dd { margin: 0 0 4mm 5em; }
                  .unit { text-align: right; font-size: 15pt; margin-top: 16mm; }
                  @media print { .poster { border-color: #000; } h1, .kicker { color: #000; } }
                </style>
                </head>
                <body>
                <div class="poster">
                  <div class="kicker">新时代文明实践 · 活动通知</div>
                  <h1>%1$s</h1>
                  <div class="body">%2$s</div>
                  <dl>
                    <dt>时间：</dt><dd>%3$s</dd>
                    <dt>地点：</dt><dd>%4$s</dd>
                  </dl>
                  <div class="unit">%5$s<br>%6$s</div>
                </div>
                </body>
                </html>
                """.formatted(title, escape(notice.content().body()),
                escape(WHEN.format(notice.content().startsAt().atZone(zone))), escape(notice.content().place()),
                escape(unitName), escape(WHEN.format(notice.publishAt().atZone(zone)).replaceAll(" \\S+ \\d\\d:\\d\\d$", "")));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
