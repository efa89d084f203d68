package org.civility.web.volunteer;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A zip bomb uploaded as a workbook is refused unread, fast and without memory to speak of. */
class InflationGuardTest {

    @Test
    void aFiveMegabyteZipBombIsRefusedBeforeAnythingParsesIt() {
        byte[] bomb = ZipBomb.of(5 << 20);
        assertThat(bomb.length).isBetween(4 << 20, 6 << 20);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();

        assertThatThrownBy(() -> VolunteerWorkbook.read(bomb)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ImportError.INFLATED));

        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocatedMegabytes = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20;
        System.out.printf("zip bomb of %d bytes (inflating to %d MB) refused in %d ms, %d MB allocated%n",
                bomb.length, ZipBomb.inflatedBytes(bomb.length) >> 20, millis, allocatedMegabytes);
        assertThat(allocatedMegabytes).as("allocated while refusing").isLessThan(50);
    }

    @Test
    void aSmallZipOfZerosPassesTheGuardButIsNoWorkbook() {
        assertThatThrownBy(() -> VolunteerWorkbook.read(ZipBomb.of(64 << 10)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isIn(ImportError.INFLATED, ImportError.NOT_XLSX));
    }

    @Test
    void theTemplateIsNoBomb() {
        InflationGuard.check(VolunteerWorkbook.template());
    }

    /**
     * A zip whose entries each inflate 100 MB of zeros from about 100 KB: one deflated block written as many entries
     * as fit in the size asked for, assembled by hand (local headers, central directory), so building it costs one
     * compression.
     */
    static final class ZipBomb {

        private static final int ENTRY_INFLATED = 100 << 20;
        private static final byte[] DEFLATED = deflatedZeros();
        private static final long CRC = crcOfZeros();

        static byte[] of(int size) {
            int entries = Math.max(1, size / DEFLATED.length);
            ByteArrayOutputStream zip = new ByteArrayOutputStream(size + 4096);
            ByteArrayOutputStream directory = new ByteArrayOutputStream();
            for (int i = 0; i < entries; i++) {
                byte[] name = ("xl/worksheets/sheet" + (i + 1) + ".xml").getBytes(StandardCharsets.US_ASCII);
                int offset = zip.size();
                zip.writeBytes(header(0x04034b50, name, -1));
                zip.writeBytes(name);
                zip.writeBytes(DEFLATED);
                directory.writeBytes(header(0x02014b50, name, offset));
                directory.writeBytes(name);
            }
            int directoryOffset = zip.size();
            zip.writeBytes(directory.toByteArray());
            zip.writeBytes(ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(0x06054b50)
                    .putShort((short) 0).putShort((short) 0).putShort((short) entries).putShort((short) entries)
                    .putInt(directory.size()).putInt(directoryOffset).putShort((short) 0).array());
            return zip.toByteArray();
        }

        static long inflatedBytes(int zipSize) {
            return (long) Math.max(1, zipSize / DEFLATED.length) * ENTRY_INFLATED;
        }

        /** A local file header (offset -1) or a central directory entry, without the name. */
        private static byte[] header(int signature, byte[] name, int offset) {
            boolean central = offset >= 0;
            ByteBuffer b = ByteBuffer.allocate(central ? 46 : 30).order(ByteOrder.LITTLE_ENDIAN).putInt(signature);
            if (central) {
                b.putShort((short) 20);
            }
            b.putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) CRC).putInt(DEFLATED.length).putInt(ENTRY_INFLATED).putShort((short) name.length)
                    .putShort((short) 0);
            if (central) {
                b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
            }
            return b.array();
        }

        private static byte[] deflatedZeros() {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(new byte[ENTRY_INFLATED]);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 << 10];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return out.toByteArray();
        }

        private static long crcOfZeros() {
            CRC32 crc = new CRC32();
            crc.update(new byte[ENTRY_INFLATED]);
            return crc.getValue();
        }
    }
}
