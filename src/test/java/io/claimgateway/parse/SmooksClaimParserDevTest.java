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
            for (String f : new String[] {"01-harborview-oncology.837p.x12", "04-lakeside-cancer-center.837i.x12", "05-harborview-year-end.837p.x12", "rejected/r05-sv1-before-clm.837p.x12", "03-harborview-two-gs.837p.x12"}) {
                List<ClaimSubmission> claims = new ArrayList<>();
                try (InputStream in = Files.newInputStream(Path.of("samples", f))) {
                    long t = System.nanoTime();
                    parser.parse(in, f.contains("837i") ? ClaimForm.INSTITUTIONAL : ClaimForm.PROFESSIONAL, new Delimiters('*', ':', '^', '~'), claims::add);
                    System.out.println(f + " " + (System.nanoTime() - t) / 1_000_000 + " ms " + claims.size());
                } catch (ClaimParseException e) {
                    System.out.println(f + " ERROR " + e.getMessage() + " offset " + e.byteOffset());
                    e.printStackTrace(System.out);
                }
                claims.stream().limit(2).forEach(System.out::println);
            }
        }
    }
}
