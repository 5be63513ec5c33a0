package com.cometapi.camel.gemini.request;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import com.cometapi.camel.gemini.GeminiConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * Binary bodies (an image, a PDF, audio) as the component reads them, for a prompt and for a tool route's result
 * alike: which bodies are binary, their MIME type and their bytes.
 */
public final class BinaryBodies {

    private BinaryBodies() {
    }

    /** Whether the value is sent as inline data: {@code byte[]}, {@code InputStream}, {@code File} or a Camel file. */
    public static boolean isBinary(Object value) {
        return value instanceof byte[] || value instanceof InputStream || value instanceof File
               || value instanceof WrappedFile<?>;
    }

    /**
     * The body's MIME type: header CamelGeminiMimeType, else Content-Type, else the file name's extension. An item
     * of a List body goes by its own file name first, then by CamelGeminiMimeType.
     */
    public static String mimeType(Message message, Object item) {
        boolean wholeBody = message.getBody() == item;
        String fileName = fileName(item, message);
        String byHeader = MimeTypes.withoutParameters(message.getHeader(GeminiConstants.MIME_TYPE, String.class));
        String mimeType;
        if (wholeBody) {
            mimeType = byHeader != null ? byHeader
                    : MimeTypes.withoutParameters(message.getHeader(Exchange.CONTENT_TYPE, String.class));
            mimeType = mimeType != null ? mimeType : MimeTypes.fromFileName(fileName);
        } else {
            String byName = MimeTypes.fromFileName(fileName);
            mimeType = byName != null ? byName : byHeader;
        }
        if (mimeType == null) {
            throw new IllegalArgumentException("Cannot tell the MIME type of the " + BodyMapper.typeName(item) + " body"
                                               + (fileName != null ? " (" + fileName + ")" : "")
                                               + "; set header " + GeminiConstants.MIME_TYPE + ", e.g. image/png");
        }
        return mimeType;
    }

    /** The size of a {@code byte[]} or file body without reading it; -1 for a stream, whose size is unknown. */
    public static long size(Object body) {
        if (body instanceof byte[] data) {
            return data.length;
        }
        if (body instanceof File file) {
            return file.length();
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return file.length();
        }
        return -1;
    }

    public static byte[] bytes(Exchange exchange, Object body) {
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
                throw BodyMapper.unsupported(body);
            }
            return data;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the " + BodyMapper.typeName(body) + " body: "
                                               + e.getMessage(), e);
        }
    }

    public static String fileName(Object body, Message message) {
        if (body instanceof File file) {
            return file.getName();
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return file.getName();
        }
        return message.getBody() == body ? message.getHeader(Exchange.FILE_NAME, String.class) : null;
    }

}
