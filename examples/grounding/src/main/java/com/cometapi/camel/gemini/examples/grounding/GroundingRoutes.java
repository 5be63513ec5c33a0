package com.cometapi.camel.gemini.examples.grounding;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * One route: ask Gemini with Google Search grounding switched on, then turn the answer and its
 * {@code CamelGeminiGroundingMetadata} header into a {@link Citations.CitedAnswer}: the text with {@code [n]} markers
 * after each grounded segment, and the numbered sources.
 */
public class GroundingRoutes extends RouteBuilder {

    static final String MODEL = "gemini-2.5-flash";

    @Override
    public void configure() {
        // snippet:grounding-route
        from("direct:grounded")
                .to("gemini:generate?model=" + MODEL + "&googleSearch=true")
                .process(exchange -> {
                    Message answer = exchange.getMessage();
                    answer.setBody(Citations.cite(answer.getBody(String.class),
                            answer.getHeader(GeminiConstants.GROUNDING_METADATA, GroundingMetadata.class)));
                });
        // end-snippet:grounding-route
    }
}
