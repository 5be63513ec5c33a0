package com.cometapi.camel.gemini.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds a Google Search {@code groundingMetadata} object shaped like the real one. */
final class GroundingJson {

    private GroundingJson() {
    }

    static ObjectNode build(MockReply.Grounding grounding, String answer) {
        ObjectNode metadata = Json.object();
        metadata.putObject("searchEntryPoint").put("renderedContent", searchEntryPoint(grounding.webSearchQueries()));
        ArrayNode chunks = metadata.putArray("groundingChunks");
        for (Map.Entry<String, String> source : grounding.sources().entrySet()) {
            chunks.addObject().putObject("web").put("uri", source.getKey()).put("title", source.getValue());
        }
        metadata.set("groundingSupports", supports(answer == null ? "" : answer, grounding.sources().size()));
        metadata.putObject("retrievalMetadata");
        ArrayNode queries = metadata.putArray("webSearchQueries");
        grounding.webSearchQueries().forEach(queries::add);
        return metadata;
    }

    /** One support per source: the answer cut into as many segments, segment i grounded by chunk i. */
    private static ArrayNode supports(String answer, int sources) {
        ArrayNode supports = Json.array();
        if (sources == 0) {
            return supports;
        }
        List<String> pieces = Text.split(answer, sources);
        int charOffset = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            int lead = piece.length() - piece.stripLeading().length();
            String segmentText = piece.strip();
            charOffset += lead;
            if (!segmentText.isEmpty()) {
                int start = Text.utf8Length(answer.substring(0, charOffset));
                ObjectNode support = supports.addObject();
                ObjectNode segment = support.putObject("segment");
                if (start > 0) {
                    segment.put("startIndex", start);
                }
                segment.put("endIndex", start + Text.utf8Length(segmentText)).put("text", segmentText);
                support.putArray("groundingChunkIndices").add(i);
                support.putArray("confidenceScores").add(0.9);
            }
            charOffset += piece.length() - lead;
        }
        return supports;
    }

    private static String searchEntryPoint(List<String> queries) {
        StringBuilder html = new StringBuilder()
                .append("<style>\n.container { display: flex; }\n.chip { display: inline-block; }\n</style>\n")
                .append("<div class=\"container\">\n  <div class=\"carousel\">\n");
        for (String query : queries) {
            html.append("    <a class=\"chip\" href=\"https://www.google.com/search?q=")
                    .append(URLEncoder.encode(query, StandardCharsets.UTF_8)).append("\">")
                    .append(escapeHtml(query)).append("</a>\n");
        }
        return html.append("  </div>\n</div>\n").toString();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
