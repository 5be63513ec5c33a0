package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.FunctionResponse;
import com.cometapi.camel.gemini.model.FunctionResponsePart;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.model.UsageMetadata;
import com.cometapi.camel.gemini.tool.GeminiToolConsumer;
import com.cometapi.camel.gemini.tool.ToolResult;
import org.apache.camel.Message;

/**
 * The state of one exchange's tool loop, shared by {@code gemini:generate} and {@code gemini:stream}: the turns so
 * far, the model requests made, the token sums, and the tool routes that answer the model's calls. Without tool
 * routes it is a single request. Used by one exchange at a time; not thread-safe.
 */
final class ToolLoop {

    private final PreparedCall prepared;
    private final Map<String, GeminiToolConsumer> toolsByName;
    private final boolean failOnToolError;
    private final int maxRequests;
    private final boolean toolsOnThisThread;
    private final List<Content> contents;
    private final List<Content> loopTurns = new ArrayList<>();
    private final TokenSums sums = new TokenSums();
    private int requests;

    /**
     * @param toolsOnThisThread true for a stream, whose reader waits for the tool routes: they run to their end on
     *                          the reader's thread (another pool thread could be one the waiting readers hold); false
     *                          for generate, whose chain continues when they complete
     */
    ToolLoop(PreparedCall prepared, ToolErrorPolicy errorPolicy, int maxRequests, boolean toolsOnThisThread) {
        this.prepared = prepared;
        this.toolsOnThisThread = toolsOnThisThread;
        this.failOnToolError = errorPolicy == ToolErrorPolicy.FAIL;
        this.maxRequests = maxRequests;
        this.toolsByName = prepared.tools().isEmpty() ? Map.of() : new HashMap<>();
        prepared.tools().forEach(tool -> toolsByName.put(tool.getEndpoint().getName(), tool));
        this.contents = toolsByName.isEmpty() ? null : new ArrayList<>(prepared.request().getContents());
    }

    /** Whether tool routes are offered, so that a turn calling them continues the loop. */
    boolean offersTools() {
        return !toolsByName.isEmpty();
    }

    /** The request for the next model request, with every turn so far; counts the request. */
    GenerateContentRequest nextRequest() {
        requests++;
        if (contents != null) {
            prepared.request().setContents(List.copyOf(contents));
        }
        return prepared.request();
    }

    /** The model requests made so far. */
    int requests() {
        return requests;
    }

    /** Adds a model request's usage to the sums. */
    void addUsage(UsageMetadata usage) {
        sums.add(usage);
    }

    /**
     * Whether a model turn ending with these calls continues the loop: tool routes are offered and the turn called
     * functions. Fails when the loop has made {@code maxToolIterations} requests and the model still calls.
     */
    boolean continuesAfter(List<FunctionCall> calls) {
        if (toolsByName.isEmpty() || calls.isEmpty()) {
            return false;
        }
        if (requests >= maxRequests) {
            throw new IllegalStateException("The tool loop reached maxToolIterations=" + maxRequests + " and the model"
                                            + " still calls " + calls.get(0).getName()
                                            + "; raise maxToolIterations or check the tool results");
        }
        return true;
    }

    /**
     * Keeps the model turn exactly as received, runs the calls' tool routes one after the other in call order, and
     * keeps their responses as one user turn; completes when the next request can be sent.
     */
    CompletableFuture<Void> answerCalls(Content modelTurn, List<FunctionCall> calls) {
        contents.add(modelTurn);
        loopTurns.add(modelTurn);
        CompletableFuture<List<Part>> responses = CompletableFuture.completedFuture(new ArrayList<>());
        for (FunctionCall call : calls) {
            responses = responses.thenCompose(parts -> runTool(call).thenApply(part -> {
                parts.add(part);
                return parts;
            }));
        }
        return responses.thenAccept(parts -> {
            Content toolTurn = Content.of(Content.ROLE_USER, parts);
            contents.add(toolTurn);
            loopTurns.add(toolTurn);
        });
    }

    /** The turns this exchange's answer adds to its conversation: the loop's turns, then the final answer if any. */
    List<Content> answerTurns(Content finalAnswer) {
        List<Content> answer = new ArrayList<>(loopTurns);
        if (finalAnswer != null) {
            answer.add(finalAnswer);
        }
        return answer;
    }

    /** Sets {@code CamelGeminiToolIterations} and the token sums, when tool routes are offered. */
    void applyTo(Message message) {
        if (!toolsByName.isEmpty()) {
            message.setHeader(GeminiConstants.TOOL_ITERATIONS, requests);
            sums.apply(message);
        }
    }

    /**
     * Sets {@code CamelGeminiToolIterations} and the token headers of a streamed chunk: the sums of the finished
     * requests plus the running usage of the current one.
     */
    void applyTo(Message message, UsageMetadata currentUsage) {
        if (toolsByName.isEmpty()) {
            return;
        }
        message.setHeader(GeminiConstants.TOOL_ITERATIONS, requests);
        if (requests > 1) {
            TokenSums withCurrent = sums.copy();
            withCurrent.add(currentUsage);
            withCurrent.apply(message);
        }
    }

    private CompletableFuture<Part> runTool(FunctionCall call) {
        GeminiToolConsumer tool = toolsByName.get(call.getName());
        if (tool == null) {
            return CompletableFuture.completedFuture(
                    functionResponse(call, error("There is no function named " + call.getName()), List.of()));
        }
        CompletableFuture<Part> response = new CompletableFuture<>();
        BiConsumer<ToolResult, Exception> whenDone = (result, failure) -> {
            if (failure != null && failOnToolError) {
                response.completeExceptionally(failure);
            } else {
                response.complete(failure != null ? functionResponse(call, error(failure.getMessage()), List.of())
                        : functionResponse(call, result.response(), result.parts()));
            }
        };
        if (toolsOnThisThread) {
            tool.invokeAndWait(call, whenDone);
        } else {
            tool.invoke(call, whenDone);
        }
        return response;
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", message == null ? "the tool failed" : message);
        return error;
    }

    private static Part functionResponse(FunctionCall call, Map<String, Object> response,
                                         List<FunctionResponsePart> parts) {
        return Part.ofFunctionResponse(new FunctionResponse().setId(call.getId()).setName(call.getName())
                .setResponse(response).setParts(parts.isEmpty() ? null : parts));
    }
}
