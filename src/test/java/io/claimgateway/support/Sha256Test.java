package io.claimgateway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    // FIPS 180-2's example: SHA-256("abc")
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void textBytesAndFileGiveTheSameDigest(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.UTF_8);

        assertEquals(ABC, Sha256.hex("abc"));
        assertEquals(ABC, Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ABC, Sha256.hex(file));
    }
}
