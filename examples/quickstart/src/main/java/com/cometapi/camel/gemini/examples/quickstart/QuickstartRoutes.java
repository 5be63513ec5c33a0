package com.cometapi.camel.gemini.examples.quickstart;

import org.apache.camel.builder.RouteBuilder;

/**
 * Three routes, one per way of asking Gemini: a plain question, a question grounded in Google Search, and JSON
 * extraction with a response schema. The answer text becomes the body; usage, finish reason and grounding arrive as
 * {@code CamelGemini...} headers.
 */
public class QuickstartRoutes extends RouteBuilder {

    static final String MODEL = "gemini-2.5-flash";

    @Override
    public void configure() {
        // snippet:quickstart-routes
        from("direct:ask")
                .to("gemini:generate?model=" + MODEL);

        from("direct:search")
                .to("gemini:generate?model=" + MODEL + "&googleSearch=true");

        from("direct:extract")
                .to("gemini:generate?model=" + MODEL + "&responseSchema=resource:classpath:city-schema.json");
        // end-snippet:quickstart-routes
    }
}
