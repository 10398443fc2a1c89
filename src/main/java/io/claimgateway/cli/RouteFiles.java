package io.claimgateway.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which route files {@code run} loads: those shipped in the jar ({@code routes/*.camel.yaml}, copied
 * in by the build), plus every {@code *.camel.yaml} of a local folder ({@code ./routes} or
 * {@code --routes DIR}); a local file named like a shipped one replaces it.
 */
final class RouteFiles {

    static final String INCLUDE_PATTERN_KEY = "camel.main.routes-include-pattern";
    static final Path WORKING_DIRECTORY = Path.of("routes");
    private static final String SUFFIX = ".camel.yaml";

    private final Set<String> shipped;
    private final Path local;
    private final Set<String> localNames;

    private RouteFiles(Set<String> shipped, Path local, Set<String> localNames) {
        this.shipped = shipped;
        this.local = local;
        this.localNames = localNames;
    }

    static RouteFiles with(Path localFolder) {
        return new RouteFiles(shipped(), localFolder, routeNames(localFolder));
    }

    /** Camel main's include pattern: the shipped files not replaced, then the local folder's. */
    String includePattern() {
        List<String> parts = new ArrayList<>();
        shipped.stream().filter(name -> !localNames.contains(name)).forEach(name -> parts.add("classpath:routes/" + name));
        if (!localNames.isEmpty()) {
            parts.add("file:" + local.toAbsolutePath().normalize() + "/*" + SUFFIX);
        }
        return String.join(",", parts);
    }

    private static Set<String> routeNames(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The route files in the jar (or, running from the build's classes, in its routes folder). */
    static Set<String> shipped() {
        try {
            Path codeSource = Path.of(RouteFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) {
                return routeNames(codeSource.resolve("routes"));
            }
            Set<String> names = new TreeSet<>();
            try (JarFile jar = new JarFile(codeSource.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith("routes/") && name.endsWith(SUFFIX) && name.indexOf('/', 7) < 0) {
                        names.add(name.substring("routes/".length()));
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
