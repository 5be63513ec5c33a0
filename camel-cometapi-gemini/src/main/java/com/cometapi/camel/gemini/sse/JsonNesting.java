package com.cometapi.camel.gemini.sse;

/**
 * Follows how deeply nested JSON text is, one character (or byte: the structural characters are ASCII, and no byte
 * of a multi-byte UTF-8 character is) at a time, skipping brackets inside strings and escaped quotes.
 */
final class JsonNesting {

    private int depth;
    private boolean inString;
    private boolean escaped;

    /** Takes the next character or byte. */
    void accept(int c) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            return;
        }
        switch (c) {
            case '"' -> inString = true;
            case '{', '[' -> depth++;
            case '}', ']' -> depth--;
            default -> {
            }
        }
    }

    /** Objects and arrays open (negative after more closing than opening brackets). */
    int depth() {
        return depth;
    }

    /** Back to the top level, outside any string. */
    void reset() {
        depth = 0;
        inString = false;
        escaped = false;
    }
}
