package com.cometapi.camel.gemini.request;

import java.io.File;
import java.io.InputStream;
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

    /**
     * The request, a binary body sent as {@code uploaded} (a fileData part of the file it was uploaded as) when that
     * is not null.
     */
    public GenerateContentRequest toRequest(Exchange exchange, Part uploaded) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        if (body == null) {
            throw new IllegalArgumentException("The message body is null; send the prompt as a String,"
                                               + " a GenerateContentRequest, Content, or a file");
        }
        if (body instanceof GenerateContentRequest request) {
            return defaults.complete(checkedTurns(request));
        }
        if (body instanceof Content content) {
            return defaults.newRequest(List.of(content));
        }
        if (body instanceof CharSequence text) {
            return defaults.newRequest(List.of(textTurn(message, requireText(text.toString()))));
        }
        if (BinaryBodies.isBinary(body)) {
            Part media = uploaded != null ? uploaded
                    : Part.ofInlineData(BinaryBodies.mimeType(message, body), BinaryBodies.bytes(exchange, body));
            return defaults.newRequest(List.of(binaryTurn(message, media)));
        }
        if (body instanceof Collection<?> items) {
            return defaults.newRequest(items.stream().allMatch(Content.class::isInstance)
                    ? contents(items) : List.of(partsTurn(exchange, items)));
        }
        if (body instanceof Map<?, ?> || body.getClass().isArray()) {
            throw unsupported(body);
        }
        String text = exchange.getContext().getTypeConverter().tryConvertTo(String.class, exchange, body);
        if (text == null) {
            throw unsupported(body);
        }
        return defaults.newRequest(List.of(textTurn(message, requireText(text))));
    }

    private static List<Content> contents(Collection<?> items) {
        List<Content> contents = new ArrayList<>(items.size());
        items.forEach(item -> contents.add((Content) item));
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("The List<Content> body is empty; send at least one turn");
        }
        return contents;
    }

    /** A text body; with header CamelGeminiFileUri, a fileData part first. */
    private static Content textTurn(Message message, String text) {
        String fileUri = message.getHeader(GeminiConstants.FILE_URI, String.class);
        if (fileUri == null || fileUri.isBlank()) {
            return Content.user(text);
        }
        String mimeType = MimeTypes.withoutParameters(message.getHeader(GeminiConstants.MIME_TYPE, String.class));
        if (mimeType == null) {
            mimeType = MimeTypes.fromFileName(fileUri);
        }
        return Content.user(Part.ofFileData(mimeType, fileUri.trim()), Part.ofText(text));
    }

    /** A List of texts, parts, files and byte arrays: one user turn, a part for each. */
    private Content partsTurn(Exchange exchange, Collection<?> items) {
        List<Part> parts = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof CharSequence text) {
                parts.add(Part.ofText(text.toString()));
            } else if (item instanceof Part part) {
                parts.add(part);
            } else if (BinaryBodies.isBinary(item)) {
                parts.add(Part.ofInlineData(BinaryBodies.mimeType(exchange.getMessage(), item), BinaryBodies.bytes(exchange, item)));
            } else {
                throw new IllegalArgumentException("A List body holds Content turns, or the parts of one turn: String,"
                                                   + " Part, File, byte[] or InputStream; found " + typeName(item));
            }
        }
        InlineSizeCheck.check(parts);
        return Content.of(Content.ROLE_USER, parts);
    }

    private Content binaryTurn(Message message, Part media) {
        List<Part> parts = new ArrayList<>(2);
        parts.add(media);
        String text = message.getHeader(GeminiConstants.PROMPT, prompt, String.class);
        if (text != null && !text.isBlank()) {
            parts.add(Part.ofText(text));
        }
        InlineSizeCheck.check(parts);
        return Content.of("user", parts);
    }

    private static String requireText(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("The message body is an empty prompt; send some text");
        }
        return text;
    }

    static IllegalArgumentException unsupported(Object body) {
        return new IllegalArgumentException("Unsupported body type " + typeName(body) + "; send a String,"
                                            + " a GenerateContentRequest, Content or List<Content>, or byte[],"
                                            + " InputStream or File with header " + GeminiConstants.MIME_TYPE);
    }

    /** A prepared request must say something: at least one turn, and every turn with at least one part. */
    private static GenerateContentRequest checkedTurns(GenerateContentRequest request) {
        List<Content> contents = request.getContents();
        if (contents == null || contents.isEmpty()) {
            throw new IllegalArgumentException("The GenerateContentRequest body has no contents; add at least one turn,"
                                               + " e.g. Content.of(\"user\", List.of(Part.ofText(\"...\")))");
        }
        for (int i = 0; i < contents.size(); i++) {
            Content turn = contents.get(i);
            if (turn == null || turn.getParts() == null || turn.getParts().isEmpty()) {
                throw new IllegalArgumentException("Turn " + i + " of the GenerateContentRequest body has no parts;"
                                                   + " every turn needs at least one part (text, inline data, ...)");
            }
        }
        return request;
    }

    static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        return value.getClass().isArray() ? value.getClass().getSimpleName() : value.getClass().getName();
    }
}
