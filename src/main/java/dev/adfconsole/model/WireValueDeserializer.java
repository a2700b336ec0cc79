package dev.adfconsole.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/** Reads a {@link WireValue} for the enum type named by the property's generic type. */
final class WireValueDeserializer extends JsonDeserializer<WireValue<?>> implements ContextualDeserializer {

    private final Class<?> enumType;

    WireValueDeserializer() {
        this(null);
    }

    private WireValueDeserializer(Class<?> enumType) {
        this.enumType = enumType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        // In a List<WireValue<X>> the contextual type is the element's; on a plain field, the property's.
        JavaType type = context.getContextualType() != null ? context.getContextualType()
                : property != null ? property.getType() : null;
        while (type != null && type.isContainerType()) {
            type = type.getContentType();
        }
        if (type == null || type.containedTypeCount() != 1) {
            throw JsonMappingException.from(context, "WireValue needs its enum type, e.g. WireValue<IntegrationRuntimeState>");
        }
        return new WireValueDeserializer(type.containedType(0).getRawClass());
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public WireValue<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        if (text == null) {
            return (WireValue<?>) context.handleUnexpectedToken(WireValue.class, parser);
        }
        return WireValue.of((Class) enumType, text);
    }
}
