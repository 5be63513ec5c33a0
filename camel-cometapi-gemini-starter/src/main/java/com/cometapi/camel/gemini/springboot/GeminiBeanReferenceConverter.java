package com.cometapi.camel.gemini.springboot;

import java.util.Set;
import java.util.concurrent.ExecutorService;

import com.cometapi.camel.gemini.GeminiCallObserver;
import com.cometapi.camel.gemini.conversation.GeminiConversationStore;
import com.cometapi.camel.gemini.GeminiConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds the bean-typed properties ({@code ssl-context-parameters}, {@code call-observer}, {@code conversation-store}, {@code worker-pool}, {@code configuration}) from
 * a reference to a bean, {@code #bean:name} or {@code #name}, as camel-spring-boot's starters do.
 */
final class GeminiBeanReferenceConverter implements GenericConverter {

    private static final Set<ConvertiblePair> TYPES = Set.of(
            new ConvertiblePair(String.class, SSLContextParameters.class),
            new ConvertiblePair(String.class, GeminiCallObserver.class),
            new ConvertiblePair(String.class, GeminiConversationStore.class),
            new ConvertiblePair(String.class, GeminiConfiguration.class),
            new ConvertiblePair(String.class, ExecutorService.class));

    private final BeanFactory beans;

    GeminiBeanReferenceConverter(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return TYPES;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString().trim();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("A " + targetType.getType().getSimpleName()
                                               + " property takes a reference to a bean: #bean:" + reference);
        }
        String name = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return beans.getBean(name, targetType.getType());
    }
}
