package com.cometapi.camel.gemini;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class GeminiGenerateSmokeTest extends WireMockGeminiTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to("gemini:generate");
            }
        };
    }

    @Test
    void answersAPromptWithTextAndUsageHeaders() {
        answerWith(SIMPLE_ANSWER);

        Exchange reply = template.request("direct:ask", e -> e.getMessage().setBody("Capital of France?"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("Paris");
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(8);
        assertThat(reply.getMessage().getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("STOP");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
        wiremock.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .withHeader("x-goog-api-key", equalTo(API_KEY))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Capital of France?\"}]}]}")));
    }
}
