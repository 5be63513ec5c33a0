package com.cometapi.camel.gemini.response;

import java.util.Map;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import com.cometapi.camel.gemini.model.UsageMetadata;
import org.apache.camel.CamelContext;
import org.apache.camel.support.DefaultMessage;

/**
 * One chunk of a stream: a message whose headers Camel fills the first time anything reads or changes them, as it
 * fills camel-jms's messages ({@link DefaultMessage#populateInitialHeaders}). A route that only takes each chunk's
 * text never pays for the dozen header entries an event carries, which were about an eighth of the CPU per event.
 * <p>
 * The values are fixed when the chunk is made (its event, the usage and the grounding of the stream so far, its
 * index), so headers filled later, on any thread, are those the chunk had when it was made. A copy of the message
 * is a plain {@link DefaultMessage} with the headers filled.
 */
final class ChunkMessage extends DefaultMessage {

    private final Map<String, Object> originalHeaders;
    private final GenerateContentResponse event;
    private final UsageMetadata earlierUsage;
    private final GroundingMetadata grounding;
    private final int index;

    /**
     * @param originalHeaders the headers of the stream's exchange, not changed afterwards
     * @param earlierUsage    the stream's latest usage when the event has none, else null
     * @param grounding       the grounding of the stream so far, or null
     */
    ChunkMessage(CamelContext camelContext, Map<String, Object> originalHeaders, GenerateContentResponse event,
                 UsageMetadata earlierUsage, GroundingMetadata grounding, int index) {
        super(camelContext);
        this.originalHeaders = originalHeaders;
        this.event = event;
        this.earlierUsage = earlierUsage;
        this.grounding = grounding;
        this.index = index;
    }

    @Override
    protected boolean isPopulateHeadersSupported() {
        return true;
    }

    @Override
    protected void populateInitialHeaders(Map<String, Object> headers) {
        headers.putAll(originalHeaders);
        ResponseHeaders.apply(event, headers);
        ResponseHeaders.usage(earlierUsage, headers);
        ResponseHeaders.grounding(grounding, headers);
        headers.put(GeminiConstants.CHUNK_INDEX, index);
    }
}
