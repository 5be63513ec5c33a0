package com.cometapi.camel.gemini.test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Function responses must answer the calls right before them, everywhere in the history: a content of function
 * responses follows a model content with function calls, and has one response per call. When the calls carry ids (as
 * Gemini 3's do), every response carries the id of a different one of those calls, under that call's name.
 */
final class FunctionResponseCheck {

    /** The real API's message when a function response turn follows anything but a function call turn. */
    static final String NOT_AFTER_CALL = "Please ensure that function response turn comes immediately after a"
                                         + " function call turn.";
    /** The real API's message when the numbers of calls and of responses differ. */
    static final String COUNT_MISMATCH = "Please ensure that the number of function response parts is equal to the"
                                         + " number of function call parts of the function call turn.";

    private FunctionResponseCheck() {
    }

    /** The message for the first broken pairing, or null when every call turn is answered as it should be. */
    static String violation(JsonNode contents) {
        for (int i = 0; i < contents.size(); i++) {
            JsonNode content = contents.get(i);
            List<JsonNode> responses = Turns.functionResponses(content);
            if (!responses.isEmpty() && (i == 0 || !isCallTurn(contents.get(i - 1)))) {
                return NOT_AFTER_CALL;
            }
            if (!isCallTurn(content) || i + 1 == contents.size()) {
                continue;
            }
            List<JsonNode> calls = Turns.functionCalls(content);
            List<JsonNode> answers = Turns.functionResponses(contents.get(i + 1));
            if (answers.size() != calls.size()) {
                return COUNT_MISMATCH;
            }
            String idProblem = idViolation(calls, answers, i + 1);
            if (idProblem != null) {
                return idProblem;
            }
        }
        return null;
    }

    private static boolean isCallTurn(JsonNode content) {
        return Turns.isModel(content) && !Turns.functionCalls(content).isEmpty();
    }

    /**
     * The mock's own wording (the real API's message for this case was not found recorded): which response, which
     * id, and the ids it could have had.
     */
    private static String idViolation(List<JsonNode> calls, List<JsonNode> answers, int answerIndex) {
        Map<String, String> namesById = new HashMap<>();
        for (JsonNode call : calls) {
            String id = id(call);
            if (id != null) {
                namesById.put(id, call.path("name").asText(""));
            }
        }
        if (namesById.isEmpty()) {
            return null;
        }
        List<String> callIds = namesById.keySet().stream().sorted().toList();
        for (int k = 0; k < answers.size(); k++) {
            JsonNode answer = answers.get(k);
            String id = id(answer);
            String where = "contents[" + answerIndex + "] functionResponse " + (k + 1) + " of " + answers.size();
            if (id == null || !namesById.containsKey(id)) {
                return "The functionResponse.id does not match a functionCall.id of the function call turn: " + where
                       + " has " + (id == null ? "no id" : "id '" + id + "'") + ", the calls have ids "
                       + callIds + ".";
            }
            String callName = namesById.remove(id);
            String name = answer.path("name").asText("");
            if (!callName.equals(name)) {
                return "The functionResponse.name does not match the name of the functionCall with the same id: "
                       + where + " answers id '" + id + "' as '" + name + "', the call is '" + callName + "'.";
            }
        }
        return null;
    }

    private static String id(JsonNode callOrResponse) {
        return Turns.text(callOrResponse, "id", "id");
    }
}
