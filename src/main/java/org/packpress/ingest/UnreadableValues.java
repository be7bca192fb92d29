package org.packpress.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;

/**
 * Lets {@link StructuredFiles} read on past a value it cannot read: the problem is recorded with the field's path
 * and line, worded as when it stopped the file, and the value is left out (null, as if missing), so the rest of the
 * file is read and checked. An unknown field is recorded and skipped the same way.
 */
final class UnreadableValues extends DeserializationProblemHandler {

    /** Opens the document again, to find the line of a field Jackson read from a buffer (without its place). */
    interface Source {
        JsonParser open() throws IOException;
    }

    private final String file;
    private final Problems problems;
    private final Source source;

    UnreadableValues(String file, Problems problems, Source source) {
        this.file = file;
        this.problems = problems;
        this.source = source;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
            String failureMessage) {
        return leftOut(context.getParser(), target, "'" + value + "' is not " + StructuredFiles.expected(target));
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
            String failureMessage) {
        return leftOut(context.getParser(), target, "'" + value + "' is not " + StructuredFiles.expected(target));
    }

    /** A list or a mapping where a single value belongs, or the other way round; not the file as a whole. */
    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
            JsonParser parser, String failureMessage) throws IOException {
        if (parser.getParsingContext().inRoot() || token == null) {
            return NOT_HANDLED;
        }
        String found = token == JsonToken.START_ARRAY ? "a list"
                : token == JsonToken.START_OBJECT ? "a mapping" : "something else";
        Object missing = leftOut(parser, target.getRawClass(),
                "expected " + StructuredFiles.kindOf(target.getRawClass()) + " but found " + found);
        parser.skipChildren();
        return missing;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
        String known = deserializer.getKnownPropertyNames().stream().map(Object::toString).sorted()
                .collect(Collectors.joining(", "));
        String path = path(fieldContext(parser));
        JsonLocation location = parser.currentTokenLocation();
        problems.unreadable(file, path, StructuredFiles.unknownField(propertyName,
                StructuredFiles.lineOf(location.getLineNr() > 0 ? location : locationOfField(path)), known));
        parser.skipChildren();
        return true;
    }

    /** A record's unknown field reaches this handler from Jackson's buffer, which does not know where it was. */
    private JsonLocation locationOfField(String path) throws IOException {
        try (JsonParser parser = source.open()) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && path.equals(path(parser.getParsingContext()))) {
                    return parser.currentTokenLocation();
                }
            }
        }
        return JsonLocation.NA;
    }

    private Object leftOut(JsonParser parser, Class<?> target, String reason) {
        problems.unreadable(file, path(fieldContext(parser)),
                reason + StructuredFiles.lineOf(parser.currentTokenLocation()));
        return target.isPrimitive() ? ClassUtil.defaultValue(target) : null;
    }

    /** The field being read; at the start of its list or mapping, the parser is already inside it. */
    private static JsonStreamContext fieldContext(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return token != null && token.isStructStart() ? parser.getParsingContext().getParent()
                : parser.getParsingContext();
    }

    /** {@code agenda[7].time}, as {@link StructuredFiles#path} names a field from an exception's path. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + (at.getCurrentIndex() + 1) + "]");
            } else if (at.getCurrentName() != null) {
                parts.push((at.getParent() == null || at.getParent().inRoot() ? "" : ".") + at.getCurrentName());
            }
        }
        return String.join("", parts);
    }
}
