package org.cpodrc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a plugin jar in a test: compiles a small {@code Check} against the test class path with
 * the JDK compiler and packages it with its service file, as a third party would ship it. The
 * check, {@code shape_count}, reports one violation per shape of its {@code layer}.
 */
final class PluginJar {
    static final String CHECK_NAME = "shape_count";

    private static final String SOURCE = """
            package com.example.cpodrc;

            import java.util.List;
            import org.cpodrc.check.*;
            import org.locationtech.jts.geom.Envelope;
            import org.locationtech.jts.geom.Polygon;

            public final class ShapeCountCheck implements Check {
                public String name() { return "shape_count"; }
                public String summary() { return "flags every shape (plugin test)"; }
                public List<ParamSpec> parameters() {
                    return List.of(ParamSpec.required("layer", ParamType.LAYER, "layer"));
                }
                public void run(Rule rule, CheckContext ctx, ResultSink sink) {
                    for (Polygon p : ctx.layer(rule.layer("layer")).merged().polygons()) {
                        Envelope e = p.getEnvelopeInternal();
                        sink.violation(new Violation(rule.id(), rule.severity(), "plugin saw a shape",
                                (long) e.getMinX(), (long) e.getMinY(), (long) e.getMaxX(), (long) e.getMaxY(),
                                p, Double.NaN, Double.NaN, ctx.topCell()));
                    }
                }
            }
            """;

    private PluginJar() {
    }

    static Path build(Path dir) throws IOException {
        Path src = dir.resolve("src/com/example/cpodrc/ShapeCountCheck.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no JDK compiler: tests must run on a JDK");
        }
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        if (rc != 0) {
            throw new IllegalStateException("plugin source did not compile");
        }
        Path jar = dir.resolve("shape-count-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/org.cpodrc.check.Check"));
            out.write("com.example.cpodrc.ShapeCountCheck\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            List<Path> files;
            try (Stream<Path> s = Files.walk(classes)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void copy(Path f, OutputStream out) throws IOException {
        out.write(Files.readAllBytes(f));
    }
}
