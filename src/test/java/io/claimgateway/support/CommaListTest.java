package io.claimgateway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommaListTest {

    @Test
    void itemsAreTrimmedAndEmptyOnesIgnored() {
        assertEquals(List.of("999", "277", "ta1"), CommaList.items(" 999, 277,,ta1 ,"));
        assertEquals(List.of(), CommaList.items(" "));
    }

    @Test
    void theSetKeepsTheFirstOrderWithoutRepeats() {
        assertEquals(List.of("B", "A"), List.copyOf(CommaList.itemSet("B,A,B")));
    }
}
