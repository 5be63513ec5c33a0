package com.cometapi.camel.gemini.request;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Part;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * Turns an exchange's body into a {@link GenerateContentRequest}: text, a prepared request, turns of history, or a
 * binary body (an image, a PDF) with an optional prompt. Anything else fails before sending with an
 * {@link IllegalArgumentException} naming the body type.
 */
public final class BodyMapper {

    private final RequestDefaults defaults;
    private final String prompt;

    /**
     * @param defaults what the endpoint's options add
     * @param prompt   the endpoint's {@code prompt} option, sent with binary bodies; may be null
     */
    public BodyMapper(RequestDefaults defaults, String prompt) {
        this.defaults = defaults;
        this.prompt = prompt;
    }

    public GenerateContentRequest toRequest(Exchange exchange) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        if (body == null) {
            throw new IllegalArgumentException("The message body is null; send the prompt as a String,"
                                               + " a GenerateContentRequest, Content, or a file");
        }
        if (body instanceof GenerateContentRequest request) {
            return defaults.complete(request);
        }
        if (body instanceof Content content) {
            return defaults.newRequest(List.of(content));
        }
        if (body instanceof CharSequence text) {
            return defaults.newRequest(List.of(Content.user(requireText(text.toString()))));
        }
        if (body instanceof byte[] || body instanceof InputStream || body instanceof File
            || body instanceof WrappedFile<?>) {
            return defaults.newRequest(List.of(binaryTurn(exchange, body)));
        }
        if (body instanceof Collection<?> items) {
            return defaults.newRequest(contents(items));
        }
        if (body instanceof Map<?, ?> || body.getClass().isArray()) {
            throw unsupported(body);
        }
        String text = exchange.getContext().getTypeConverter().tryConvertTo(String.class, exchange, body);
        if (text == null) {
            throw unsupported(body);
        }
        return defaults.newRequest(List.of(Content.user(requireText(text))));
    }

    private static List<Content> contents(Collection<?> items) {
        List<Content> contents = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Content content)) {
                throw new IllegalArgumentException("A List body must hold com.cometapi.camel.gemini.model.Content"
                                                   + " turns; found " + typeName(item));
            }
            contents.add(content);
        }
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("The List<Content> body is empty; send at least one turn");
        }
        return contents;
    }

    private Content binaryTurn(Exchange exchange, Object body) {
        Message message = exchange.getMessage();
        String fileName = fileName(body, message);
        String mimeType = MimeTypes.withoutParameters(message.getHeader(GeminiConstants.MIME_TYPE, String.class));
        if (mimeType == null) {
            mimeType = MimeTypes.withoutParameters(message.getHeader(Exchange.CONTENT_TYPE, String.class));
        }
        if (mimeType == null) {
            mimeType = MimeTypes.fromFileName(fileName);
        }
        if (mimeType == null) {
            throw new IllegalArgumentException("Cannot tell the MIME type of the " + typeName(body) + " body"
                                               + (fileName != null ? " (" + fileName + ")" : "")
                                               + "; set header " + GeminiConstants.MIME_TYPE + ", e.g. image/png");
        }
        List<Part> parts = new ArrayList<>(2);
        parts.add(Part.ofInlineData(mimeType, bytes(exchange, body)));
        String text = message.getHeader(GeminiConstants.PROMPT, prompt, String.class);
        if (text != null && !text.isBlank()) {
            parts.add(Part.ofText(text));
        }
        return Content.of("user", parts);
    }

    private static byte[] bytes(Exchange exchange, Object body) {
        try {
            if (body instanceof byte[] data) {
                return data;
            }
            if (body instanceof InputStream in) {
                return in.readAllBytes();
            }
            if (body instanceof File file) {
                return Files.readAllBytes(file.toPath());
            }
            byte[] data = exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, body);
            if (data == null) {
                throw unsupported(body);
            }
            return data;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the " + typeName(body) + " body: " + e.getMessage(), e);
        }
    }

    private static String fileName(Object body, Message message) {
        if (body instanceof File file) {
            return file.getName();
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return file.getName();
        }
        return message.getHeader(Exchange.FILE_NAME, String.class);
    }

    private static String requireText(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("The message body is an empty prompt; send some text");
        }
        return text;
    }

    private static IllegalArgumentException unsupported(Object body) {
        return new IllegalArgumentException("Unsupported body type " + typeName(body) + "; send a String,"
                                            + " a GenerateContentRequest, Content or List<Content>, or byte[],"
                                            + " InputStream or File with header " + GeminiConstants.MIME_TYPE);
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
