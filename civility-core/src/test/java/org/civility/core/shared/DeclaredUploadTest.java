package org.civility.core.shared;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class DeclaredUploadTest {

    private static final byte[] BODY = "新时代文明实践".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodyOfTheDeclaredSizeIsReadWholeAndHashed() throws IOException, NoSuchAlgorithmException {
        DeclaredUpload upload = new DeclaredUpload(new ByteArrayInputStream(BODY), BODY.length);

        assertThat(upload.content().readAllBytes()).isEqualTo(BODY);

        assertThat(upload.hadDeclaredSize()).isTrue();
        assertThat(upload.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BODY)));
    }

    @Test
    void aLongerBodyIsCutOffOneBytePastTheDeclaredSize() throws IOException {
        DeclaredUpload upload = new DeclaredUpload(new ByteArrayInputStream(BODY), 5);

        assertThat(upload.content().readAllBytes()).hasSize(6);

        assertThat(upload.hadDeclaredSize()).isFalse();
    }

    @Test
    void aLongerBodyIsKnownEvenWhenTheStorageStoppedAtTheDeclaredSize() throws IOException {
        DeclaredUpload upload = new DeclaredUpload(new ByteArrayInputStream(BODY), 5);

        // a storage that copies exactly the declared length and never reads on
        assertThat(upload.content().readNBytes(5)).hasSize(5);

        assertThat(upload.hadDeclaredSize()).isFalse();
        assertThat(upload.hadDeclaredSize()).as("asked again").isFalse();
    }

    @Test
    void aStorageThatClosesTheStreamStillLeavesTheCheckToTheCaller() throws IOException {
        DeclaredUpload upload = new DeclaredUpload(new ByteArrayInputStream(BODY), BODY.length);

        try (InputStream in = upload.content()) {
            in.readNBytes(BODY.length);
        }

        assertThat(upload.hadDeclaredSize()).isTrue();
    }

    @Test
    void aShorterBodyIsKnown() throws IOException {
        DeclaredUpload upload = new DeclaredUpload(new ByteArrayInputStream(BODY), BODY.length + 1);

        upload.content().readAllBytes();

        assertThat(upload.hadDeclaredSize()).isFalse();
    }

    @Test
    void aBodyThatBreaksAfterTheDeclaredSizeIsNotTakenAsComplete() throws IOException {
        InputStream breaking = new InputStream() {
            private int read;

            @Override
            public int read() throws IOException {
                if (read == 3) {
                    throw new IOException("connection reset");
                }
                return BODY[read++];
            }
        };
        DeclaredUpload upload = new DeclaredUpload(breaking, 3);

        assertThat(upload.content().readNBytes(3)).hasSize(3);

        assertThat(upload.hadDeclaredSize()).isFalse();
    }
}
