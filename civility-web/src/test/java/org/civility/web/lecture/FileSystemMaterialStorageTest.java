package org.civility.web.lecture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemMaterialStorageTest {

    @TempDir
    Path dir;

    @Test
    void storesOpensAndDeletesAFile() throws IOException {
        FileSystemMaterialStorage storage = new FileSystemMaterialStorage(dir);
        byte[] bytes = "讲稿".getBytes(StandardCharsets.UTF_8);

        storage.store("lectures/u/l/m", new ByteArrayInputStream(bytes), "text/plain", bytes.length);

        assertThat(Files.readAllBytes(dir.resolve("lectures/u/l/m"))).isEqualTo(bytes);
        try (InputStream in = storage.open("lectures/u/l/m").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        storage.delete("lectures/u/l/m");
        assertThat(storage.open("lectures/u/l/m")).isEmpty();
        try (var files = Files.list(dir.resolve("lectures/u/l"))) {
            assertThat(files).as("no temporary file left").isEmpty();
        }
    }

    @Test
    void refusesKeysThatLeaveTheDirectory() {
        FileSystemMaterialStorage storage = new FileSystemMaterialStorage(dir);

        for (String key : new String[] {"../x", "/etc/passwd", "a/../../b", "a\\b", ""}) {
            assertThatThrownBy(() -> storage.open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
