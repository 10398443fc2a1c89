package io.claimgateway.parse;

import io.claimgateway.model.ClaimSubmission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmooksClaimParserDevTest {
    @Test
    void dev() throws Exception {
        try (ClaimFileReader reader = new ClaimFileReader(ScanPolicy.strict())) {
            for (String f : new String[] {"01-harborview-oncology.837p.x12", "04-lakeside-cancer-center.837i.x12", "rejected/r05-sv1-before-clm.837p.x12", "rejected/r01-wrong-se-count.837p.x12"}) {
                List<ClaimSubmission> claims = new ArrayList<>();
                System.out.println(f + " " + reader.read(Path.of("samples", f), claims::add));
            }
        }
    }
}
