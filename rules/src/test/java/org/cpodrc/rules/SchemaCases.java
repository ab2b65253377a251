package org.cpodrc.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * What the schema tests share (deck, stack and deck-test schemas): a shipped resource's text, a
 * validator for a schema's text, a YAML file's errors as an editor's schema check sees them, and
 * the example files of a test folder.
 */
final class SchemaCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCases() {
    }

    /** The class-path resource's text, or "" when there is none (a stale-file assertion then says so). */
    static String resource(String name) {
        try (InputStream in = SchemaCases.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchema schema(String json) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json);
    }

    static Set<ValidationMessage> errors(JsonSchema schema, String yaml) {
        return schema.validate(JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(yaml)));
    }

    static Set<ValidationMessage> errors(JsonSchema schema, Path yaml) throws IOException {
        return errors(schema, Files.readString(yaml));
    }

    /** The files of {@code root/folder}, sorted, each as "folder/name" (readable test names). */
    static Stream<String> files(Path root, String folder) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            return files.map(p -> folder + "/" + p.getFileName()).sorted().toList().stream();
        }
    }
}
