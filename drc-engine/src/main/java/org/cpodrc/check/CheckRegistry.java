package org.cpodrc.check;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The checks available to decks: every {@link Check} found by {@link ServiceLoader}, by name. */
public final class CheckRegistry {
    private final TreeMap<String, Check> checks = new TreeMap<>();

    private CheckRegistry() {
    }

    /** Checks on the given class loader (plugins: a URLClassLoader over the plugin jars). */
    public static CheckRegistry load(ClassLoader loader) {
        CheckRegistry r = new CheckRegistry();
        for (Check c : ServiceLoader.load(Check.class, loader)) {
            Check prev = r.checks.putIfAbsent(c.name(), c);
            if (prev != null && prev.getClass() != c.getClass()) {
                throw new IllegalStateException("two checks named '" + c.name() + "': "
                        + prev.getClass().getName() + " and " + c.getClass().getName());
            }
        }
        return r;
    }

    /** A registry of exactly these checks (tests, embedding); names must be unique. */
    public static CheckRegistry of(Check... checks) {
        CheckRegistry r = new CheckRegistry();
        for (Check c : checks) {
            if (r.checks.putIfAbsent(c.name(), c) != null) {
                throw new IllegalArgumentException("two checks named '" + c.name() + "'");
            }
        }
        return r;
    }

    public static CheckRegistry standard() {
        return load(CheckRegistry.class.getClassLoader());
    }

    public Optional<Check> find(String name) {
        return Optional.ofNullable(checks.get(name));
    }

    /** All checks, sorted by name. */
    public Collection<Check> all() {
        return Collections.unmodifiableCollection(checks.values());
    }
}
