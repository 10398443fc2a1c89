package io.claimgateway.parse;

import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmooksClaimParserDevTest {
    @Test
    void dev() throws Exception {
        try (SmooksClaimParser parser = new SmooksClaimParser()) {
            for (String[] f : new String[][] {{"imsweb__x12-parser__x12_valid.txt", "P"}, {"imsweb__x12-parser__x223-test.txt", "I"}}) {
                List<ClaimSubmission> claims = new ArrayList<>();
                try (InputStream in = Files.newInputStream(Path.of("../shared/corpus", f[0]))) {
                    long t = System.nanoTime();
                    parser.parse(in, ClaimForm.fromCode(f[1]), new Delimiters('*', ':', 'U', '~'), claims::add);
                    System.out.println((System.nanoTime() - t) / 1_000_000 + " ms");
                }
                claims.forEach(System.out::println);
            }
        }
    }
}
