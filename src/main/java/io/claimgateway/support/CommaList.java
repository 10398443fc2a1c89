package io.claimgateway.support;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A configuration value listing items separated by commas ({@code gateway.partners},
 * {@code gateway.versions}, {@code partner.<id>.acknowledgments}, ...): each item trimmed, empty
 * items ignored, so {@code "999, 277,"} is {@code 999} and {@code 277}.
 */
public final class CommaList {

    private CommaList() {
    }

    /** The items in the order written. */
    public static List<String> items(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** The distinct items, in the order first written. */
    public static Set<String> itemSet(String value) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(items(value)));
    }
}
