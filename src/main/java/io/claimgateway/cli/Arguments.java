package io.claimgateway.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options followed by positional arguments. */
final class Arguments {

    private final Map<String, List<String>> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Arguments(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!known.contains(name)) {
                    throw new UsageException("Unknown option " + arg);
                }
                if (i + 1 >= args.length) {
                    throw new UsageException("Option " + arg + " needs a value");
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
            } else {
                positional.add(arg);
            }
        }
    }

    Optional<String> option(String name) {
        List<String> values = options.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException("Missing --" + name));
    }

    List<String> positional() {
        return positional;
    }
}
