package com.cometapi.camel.gemini.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SSE framing as Gemini does it: {@code data: <one-line JSON>\r\n\r\n}, no {@code event:} lines, no sentinel. */
final class SseFrames {

    private SseFrames() {
    }

    /** One event frame. */
    static byte[] event(String oneLineJson) {
        return ("data: " + oneLineJson + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Cuts a raw SSE body after each event terminator ({@code \r\n\r\n}, {@code \n\n} or {@code \r\r}) so it can be
     * replayed one event per write; the frames joined are the body, byte for byte.
     */
    static List<byte[]> split(byte[] body) {
        List<byte[]> frames = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < body.length; i++) {
            if (endsEvent(body, i)) {
                frames.add(Arrays.copyOfRange(body, from, i + 1));
                from = i + 1;
            }
        }
        if (from < body.length || frames.isEmpty()) {
            frames.add(Arrays.copyOfRange(body, from, body.length));
        }
        return frames;
    }

    private static boolean endsEvent(byte[] b, int i) {
        boolean lfLf = b[i] == '\n' && b[i - 1] == '\n';
        boolean crCr = b[i] == '\r' && b[i - 1] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n');
        boolean crLfCrLf = i >= 3 && b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r';
        return lfLf || crCr || crLfCrLf;
    }
}
