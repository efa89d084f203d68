package org.civility.web.record;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInQrCodesTest {

    private static final String LINK = "https://portal.example.cn/civility/checkin?code=042517";

    @Test
    void rendersAPngOfTheAskedSizeThatScansBackToTheLink() throws Exception {
        byte[] png = CheckInQrCodes.png(LINK, 300);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(scan(image)).isEqualTo(LINK);
    }

    @Test
    void scansAtTheSmallestSizeToo() throws Exception {
        byte[] png = CheckInQrCodes.png(LINK, CheckInQrCodes.MIN_SIZE);

        assertThat(scan(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(LINK);
    }

    private static String scan(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
