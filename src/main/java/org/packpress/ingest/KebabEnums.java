package org.packpress.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Input files write PackPress's own choices in lower case with hyphens ({@code chair-first}); this
 * reads them into their enum constants ({@code CHAIR_FIRST}) and names the allowed values otherwise.
 */
final class KebabEnums {

    private KebabEnums() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("kebab-enums");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> raw = type.getRawClass();
                return raw.getName().startsWith("org.packpress.") ? new Reader(raw) : deserializer;
            }
        });
        return module;
    }

    /** "chair-first, by-role, by-name". */
    static String names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)
                .replace('_', '-')).collect(Collectors.joining(", "));
    }

    private static final class Reader extends StdDeserializer<Object> {

        Reader(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            String constant = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Object value : handledType().getEnumConstants()) {
                if (((Enum<?>) value).name().equals(constant)) {
                    return value;
                }
            }
            return context.handleWeirdStringValue(handledType(), text, "expected one of: " + names(handledType()));
        }
    }
}
