package org.cpodrc.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Pieces of the command models that are built in code rather than read from annotations: the
 * quick path ({@code cpodrc check}) and its parent. picocli reads an annotated command through
 * reflection, parsing every annotation into a proxy whose class it generates at run time (the
 * class-data-sharing archive cannot hold them); for a small check that was a quarter of the CPU.
 * The usage texts are the same byte for byte as from the annotations they replace.
 */
final class CommandModels {
    private CommandModels() {
    }

    /** {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} adds them. */
    static CommandSpec standardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** Binds an option to a field through its getter and setter; its value now is its initial one. */
    static <V> OptionSpec.Builder bound(OptionSpec.Builder builder, Class<?> type, Supplier<V> get, Consumer<V> set) {
        Binding<V> binding = new Binding<>(get, set);
        return builder.type(type).getter(binding).setter(binding).initialValue(get.get()).hasInitialValue(true);
    }

    /** As {@link #bound(OptionSpec.Builder, Class, Supplier, Consumer)} for a positional parameter. */
    static <V> PositionalParamSpec.Builder bound(PositionalParamSpec.Builder builder, Class<?> type, Supplier<V> get,
            Consumer<V> set) {
        Binding<V> binding = new Binding<>(get, set);
        return builder.type(type).getter(binding).setter(binding).initialValue(get.get()).hasInitialValue(true);
    }

    /** A field of a command object, seen by picocli. */
    private static final class Binding<V> implements CommandLine.Model.IGetter, CommandLine.Model.ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        Binding(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = (T) get.get();
            set.accept((V) value);
            return old;
        }
    }
}
