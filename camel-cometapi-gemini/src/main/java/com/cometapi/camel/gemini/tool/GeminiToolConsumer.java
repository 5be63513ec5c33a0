package com.cometapi.camel.gemini.tool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.cometapi.camel.gemini.model.Blob;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.FunctionResponsePart;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.request.BinaryBodies;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.PluginHelper;

/**
 * Runs a tool route for one function call: the arguments as a JSON object body and one header per top-level
 * argument; the route's result body becomes the function response.
 */
public class GeminiToolConsumer extends DefaultConsumer {

    public GeminiToolConsumer(GeminiToolEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public GeminiToolEndpoint getEndpoint() {
        return (GeminiToolEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        getEndpoint().getComponent().register(this);
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().unregister(this);
        super.doStop();
    }

    /**
     * Runs the tool route for a call, asynchronously.
     *
     * @param whenDone told the function response or the route's failure
     */
    public void invoke(FunctionCall call, BiConsumer<ToolResult, Exception> whenDone) {
        Exchange exchange = exchangeFor(call, whenDone);
        if (exchange != null) {
            getAsyncProcessor().process(exchange, doneSync -> done(exchange, whenDone));
        }
    }

    /**
     * Runs the tool route for a call on this thread and returns when it is done, for a caller that waits for the
     * result anyway (a stream's reader): Camel runs the route's asynchronous steps here too, rather than queueing them
     * behind the waiting thread or needing another one.
     *
     * @param whenDone told the function response or the route's failure, before this method returns
     */
    public void invokeAndWait(FunctionCall call, BiConsumer<ToolResult, Exception> whenDone) {
        Exchange exchange = exchangeFor(call, whenDone);
        if (exchange != null) {
            PluginHelper.getAsyncProcessorAwaitManager(getEndpoint().getCamelContext()).process(getAsyncProcessor(),
                    exchange);
            done(exchange, whenDone);
        }
    }

    /** The tool route's exchange for a call: the arguments as JSON body and one header each; null when unwritable. */
    private Exchange exchangeFor(FunctionCall call, BiConsumer<ToolResult, Exception> whenDone) {
        Exchange exchange = createExchange(false);
        Map<String, Object> args = call.getArgs() == null ? Map.of() : call.getArgs();
        try {
            exchange.getMessage().setBody(GeminiJson.MAPPER.writeValueAsString(args));
            args.forEach((name, value) -> exchange.getMessage().setHeader(name, headerValue(value)));
            return exchange;
        } catch (JsonProcessingException e) {
            releaseExchange(exchange, false);
            whenDone.accept(null, e);
            return null;
        }
    }

    private void done(Exchange exchange, BiConsumer<ToolResult, Exception> whenDone) {
        try {
            if (exchange.getException() != null) {
                whenDone.accept(null, exchange.getException());
            } else {
                whenDone.accept(result(exchange), null);
            }
        } catch (IllegalArgumentException unreadable) {
            whenDone.accept(null, unreadable);
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /**
     * The route's result: a binary body (with a MIME type from {@code CamelGeminiMimeType}, {@code Content-Type} or
     * its file name) goes back as media with a response naming it; any other body as the response object.
     */
    private static ToolResult result(Exchange exchange) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        if (BinaryBodies.isBinary(body)) {
            String mimeType = BinaryBodies.mimeType(message, body);
            String name = BinaryBodies.fileName(body, message);
            byte[] bytes = BinaryBodies.bytes(exchange, body);
            Map<String, Object> attachment = new LinkedHashMap<>();
            if (name != null) {
                attachment.put("name", name);
            }
            attachment.put("mimeType", mimeType);
            attachment.put("sizeBytes", bytes.length);
            return new ToolResult(Map.of("attachment", attachment),
                    List.of(new FunctionResponsePart().setInlineData(Blob.of(mimeType, bytes))));
        }
        if (!(body == null || body instanceof Map<?, ?> || body instanceof JsonNode || body instanceof String
              || body instanceof Number || body instanceof Boolean)) {
            body = message.getBody(String.class);
        }
        return new ToolResult(response(body), List.of());
    }

    /** JSON strings, numbers and booleans as Java values; objects and arrays as JSON text. */
    private static Object headerValue(Object value) {
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            try {
                return GeminiJson.MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        return value;
    }

    /** A JSON object (text, Map or JsonNode) is the response; anything else becomes {"result": value}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> response(Object body) {
        if (body instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (body instanceof JsonNode node && node.isObject()) {
            return GeminiJson.MAPPER.convertValue(node, Map.class);
        }
        if (body instanceof String text && text.trim().startsWith("{")) {
            try {
                return GeminiJson.MAPPER.readValue(text, Map.class);
            } catch (JsonProcessingException notAnObject) {
                // plain text that happens to start with a brace
            }
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("result", body instanceof JsonNode node ? GeminiJson.MAPPER.convertValue(node, Object.class) : body);
        return wrapped;
    }
}
