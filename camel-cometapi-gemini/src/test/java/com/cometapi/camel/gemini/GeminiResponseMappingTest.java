package com.cometapi.camel.gemini;

import java.util.Base64;
import java.util.List;

import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import com.cometapi.camel.gemini.model.SafetyRating;
import com.cometapi.camel.gemini.model.UsageMetadata;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body per outputType, the headers of DESIGN.md's "Response" table, blocked prompts, and the lossless round trip.
 */
class GeminiResponseMappingTest extends WireMockGeminiTestSupport {

    private static final String PNG_BASE64 = Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3, 4 });

    private static final String RICH = """
            {"candidates":[{"content":{"role":"model","parts":[
                {"text":"Let me think about the sources.","thought":true},
                {"text":"The answer is 42.","futurePartField":{"x":1}},
                {"text":" Really.","thoughtSignature":"c2lnbmF0dXJl"},
                {"inlineData":{"mimeType":"image/png","data":"%s"}},
                {"functionCall":{"id":"call-1","name":"lookup","args":{"q":"42"}}}]},
              "finishReason":"FAKE_NEW_FINISH_REASON","finishMessage":"done","avgLogprobs":-0.25,
              "safetyRatings":[{"category":"HARM_CATEGORY_HATE_SPEECH","probability":"NEGLIGIBLE"}],
              "citationMetadata":{"citationSources":[{"startIndex":0,"endIndex":5,"uri":"https://example.com/c"}]},
              "groundingMetadata":{"webSearchQueries":["meaning of life"],
                "groundingChunks":[{"web":{"uri":"https://example.com/42","title":"example.com"}}],
                "searchEntryPoint":{"renderedContent":"<div>chip</div>"}}}],
             "usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":5,"totalTokenCount":40,
               "thoughtsTokenCount":20,"cachedContentTokenCount":3,"toolUsePromptTokenCount":2,
               "promptTokensDetails":[{"modality":"TEXT","tokenCount":10}],"serviceTier":"standard"},
             "modelVersion":"gemini-2.5-pro","responseId":"r-99","turnToken":"future-top-level-field"}"""
            .formatted(PNG_BASE64);

    @Test
    void textBodyAndEveryHeader() {
        answerWith(RICH);

        Message message = template.request("gemini:generate", e -> e.getMessage().setBody("Hello")).getMessage();

        assertThat(message.getBody()).isEqualTo("The answer is 42. Really.");
        assertThat(message.getHeader(GeminiConstants.THOUGHTS)).isEqualTo("Let me think about the sources.");
        assertThat(message.getHeader(GeminiConstants.RESPONSE_ID)).isEqualTo("r-99");
        assertThat(message.getHeader(GeminiConstants.MODEL_VERSION)).isEqualTo("gemini-2.5-pro");
        assertThat(message.getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("FAKE_NEW_FINISH_REASON");
        assertThat(message.getHeader(GeminiConstants.FINISH_MESSAGE)).isEqualTo("done");
        assertThat(message.getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)).isEqualTo(10);
        assertThat(message.getHeader(GeminiConstants.CANDIDATES_TOKEN_COUNT)).isEqualTo(5);
        assertThat(message.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(40);
        assertThat(message.getHeader(GeminiConstants.THOUGHTS_TOKEN_COUNT)).isEqualTo(20);
        assertThat(message.getHeader(GeminiConstants.CACHED_CONTENT_TOKEN_COUNT)).isEqualTo(3);
        assertThat(message.getHeader(GeminiConstants.TOOL_USE_PROMPT_TOKEN_COUNT)).isEqualTo(2);
        UsageMetadata usage = message.getHeader(GeminiConstants.USAGE_METADATA, UsageMetadata.class);
        assertThat(usage.getPromptTokensDetails()).hasSize(1);
        assertThat(usage.getServiceTier()).isEqualTo("standard");
        assertThat(message.getHeader(GeminiConstants.GROUNDING_METADATA, GroundingMetadata.class)
                .getGroundingChunks().get(0).getWeb().getUri()).isEqualTo("https://example.com/42");
        assertThat(message.getHeader(GeminiConstants.WEB_SEARCH_QUERIES)).isEqualTo(List.of("meaning of life"));
        assertThat(message.getHeader(GeminiConstants.CITATION_METADATA, com.cometapi.camel.gemini.model.CitationMetadata.class)
                .getCitationSources()).hasSize(1);
        assertThat(message.getHeader(GeminiConstants.SAFETY_RATINGS, List.class)).hasSize(1)
                .first().isInstanceOf(SafetyRating.class);
        assertThat(message.getHeader(GeminiConstants.AVG_LOGPROBS)).isEqualTo(-0.25);
        List<?> calls = message.getHeader(GeminiConstants.FUNCTION_CALLS, List.class);
        assertThat(calls).hasSize(1);
        assertThat(((FunctionCall) calls.get(0)).getName()).isEqualTo("lookup");
        assertThat(message.getHeader(GeminiConstants.INLINE_DATA, List.class))
                .containsExactly(new GeminiInlineData("image/png", new byte[] { 1, 2, 3, 4 }));
        assertThat(message.getHeader(GeminiConstants.RESPONSE)).isInstanceOf(GenerateContentResponse.class);
        assertThat(message.getHeader(GeminiConstants.BLOCK_REASON)).isNull();
    }

    @Test
    void minimalAnswerLeavesAbsentHeadersUnset() {
        answerWith("{\"candidates\":[{\"content\":{\"role\":\"model\"}}]}");

        Message message = template.request("gemini:generate", e -> e.getMessage().setBody("Hello")).getMessage();

        assertThat(message.getBody()).isEqualTo("");
        assertThat(message.getHeaders()).containsOnlyKeys(GeminiConstants.RESPONSE, GeminiConstants.ATTEMPTS);
    }

    @Test
    void headersOfAnEarlierCallDoNotLeakIntoTheNextAnswer() {
        answerWith(RICH);
        Exchange first = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));
        answerWith("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"plain\"}]}}]}");

        Message second = template.send("gemini:generate", first).getMessage();

        assertThat(second.getBody()).isEqualTo("plain");
        assertThat(second.getHeaders()).doesNotContainKeys(GeminiConstants.FUNCTION_CALLS, GeminiConstants.THOUGHTS,
                GeminiConstants.FINISH_REASON, GeminiConstants.INLINE_DATA, GeminiConstants.TOTAL_TOKEN_COUNT);
    }

    @Test
    void responseOutputIsTheParsedResponse() {
        answerWith(RICH);

        Object body = template.requestBody("gemini:generate?outputType=response", "Hello");

        assertThat(body).isInstanceOf(GenerateContentResponse.class);
        assertThat(((GenerateContentResponse) body).text()).isEqualTo("The answer is 42. Really.");
    }

    @Test
    void jsonOutputIsTheBodyExactlyAsReceived() {
        answerWith(RICH);

        assertThat(template.requestBody("gemini:generate?outputType=json", "Hello")).isEqualTo(RICH);
    }

    @Test
    void bytesOutputIsTheFirstInlinePartWithItsContentType() {
        answerWith(RICH);

        Message message = template.request("gemini:generate?outputType=bytes", e -> e.getMessage().setBody("Draw"))
                .getMessage();

        assertThat(message.getBody(byte[].class)).containsExactly(1, 2, 3, 4);
        assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/png");
    }

    @Test
    void bytesOutputWithoutInlinePartIsNullAndTheFinishReasonSaysWhy() {
        answerWith("{\"candidates\":[{\"content\":{},\"finishReason\":\"NO_IMAGE\"}]}");

        Message message = template.request("gemini:generate?outputType=bytes", e -> e.getMessage().setBody("Draw"))
                .getMessage();

        assertThat(message.getBody()).isNull();
        assertThat(message.getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("NO_IMAGE");
    }

    private static final String BLOCKED = """
            {"promptFeedback":{"blockReason":"PROHIBITED_CONTENT","blockReasonMessage":"not allowed",
              "safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true}]},
             "usageMetadata":{"promptTokenCount":12,"totalTokenCount":12}}""";

    @Test
    void blockedPromptFailsWithTheReason() {
        answerWith(BLOCKED);

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("something bad"));

        assertThat(reply.getException()).isInstanceOf(GeminiBlockedException.class)
                .hasMessageContaining("PROHIBITED_CONTENT").hasMessageContaining("failOnBlock=false");
        GeminiBlockedException blocked = (GeminiBlockedException) reply.getException();
        assertThat(blocked.getBlockReason()).isEqualTo("PROHIBITED_CONTENT");
        assertThat(blocked.getBlockReasonMessage()).isEqualTo("not allowed");
        assertThat(blocked.getSafetyRatings()).extracting(SafetyRating::getProbability).containsExactly("HIGH");
    }

    @Test
    void blockedPromptWithFailOnBlockOffGivesAnEmptyBodyAndHeaders() {
        answerWith(BLOCKED);

        Exchange reply = template.request("gemini:generate?failOnBlock=false", e -> e.getMessage().setBody("bad"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("");
        assertThat(reply.getMessage().getHeader(GeminiConstants.BLOCK_REASON)).isEqualTo("PROHIBITED_CONTENT");
        assertThat(reply.getMessage().getHeader(GeminiConstants.SAFETY_RATINGS, List.class)).hasSize(1);
        assertThat(reply.getMessage().getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)).isEqualTo(12);
    }

    @Test
    void safetyFinishReasonNeverThrows() {
        answerWith("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Partial\"}]},"
                   + "\"finishReason\":\"SAFETY\"}]}");

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("Partial");
        assertThat(reply.getMessage().getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("SAFETY");
    }

    @Test
    void unknownFieldsSurviveOutputTypeResponseAndAMultiTurnRoundTrip() throws Exception {
        answerWith(RICH);
        GenerateContentResponse first = template.requestBody("gemini:generate?outputType=response", "Hello",
                GenerateContentResponse.class);
        assertThat(first.getAdditionalProperties()).containsEntry("turnToken", "future-top-level-field");

        Content modelTurn = first.firstCandidate().getContent();
        template.requestBody("gemini:generate", List.of(Content.user("Hello"), modelTurn, Content.user("And then?")));

        wiremock.verify(postRequestedFor(urlPathMatching("/.*"))
                .withRequestBody(matchingJsonPath("$.contents[1].parts[1].futurePartField.x", 
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("1")))
                .withRequestBody(matchingJsonPath("$.contents[1].parts[2].thoughtSignature",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("c2lnbmF0dXJl"))));
    }
}
