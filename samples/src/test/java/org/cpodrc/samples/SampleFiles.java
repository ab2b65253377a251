package org.cpodrc.samples;

import java.nio.file.Path;

/** Where the committed samples live, seen from the samples module's tests. */
final class SampleFiles {
    static final String REGENERATE = "mvn -q -o compile -pl samples -am && java -cp "
            + "drc-engine/target/classes:samples/target/classes org.cpodrc.samples.SampleGenerator samples/gds";

    private SampleFiles() {
    }

    /** The samples module folder (surefire's basedir, else the working directory). */
    static Path module() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    }

    static Path gds() {
        return module().resolve("gds");
    }
}
