package com.cometapi.camel.gemini.response;

import java.util.Locale;

/**
 * Wraps raw PCM audio, as Gemini's speech answers carry it ({@code audio/L16;codec=pcm;rate=24000}: 16-bit
 * little-endian samples), in a WAV file: a 44-byte RIFF/WAVE header, then the same samples.
 */
public final class PcmToWav {

    /** The MIME type of the WAV file {@link #wrap} makes. */
    public static final String WAV_MIME_TYPE = "audio/wav";

    static final int HEADER_BYTES = 44;
    private static final int BITS_PER_SAMPLE = 16;

    private PcmToWav() {
    }

    /**
     * The sample rate of raw PCM audio: the {@code rate=} parameter of an {@code audio/L16} or {@code audio/pcm}
     * MIME type; -1 for any other type, or when the rate is missing or not a positive number.
     */
    public static int pcmRate(String mimeType) {
        if (mimeType == null) {
            return -1;
        }
        String[] fields = mimeType.split(";");
        String type = fields[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("audio/l16") && !type.equals("audio/pcm")) {
            return -1;
        }
        return intParameter(fields, "rate", -1);
    }

    /** The {@code channels=} parameter of a MIME type; 1 (mono, as Gemini sends) when absent. */
    static int channels(String mimeType) {
        int channels = intParameter(mimeType.split(";"), "channels", 1);
        return channels > 0 ? channels : 1;
    }

    private static int intParameter(String[] fields, String name, int absent) {
        for (int i = 1; i < fields.length; i++) {
            String field = fields[i].trim();
            int eq = field.indexOf('=');
            if (eq > 0 && field.substring(0, eq).trim().equalsIgnoreCase(name)) {
                try {
                    int value = Integer.parseInt(field.substring(eq + 1).trim().replace("\"", ""));
                    return value > 0 ? value : absent;
                } catch (NumberFormatException e) {
                    return absent;
                }
            }
        }
        return absent;
    }

    /**
     * A WAV file of the PCM samples: PCM format 1, the channels and rate of {@code mimeType}, 16 bits.
     *
     * @param pcm      16-bit little-endian samples
     * @param mimeType an {@code audio/L16} or {@code audio/pcm} type with a {@code rate=} parameter
     * @throws IllegalArgumentException when the MIME type is not raw PCM with a rate
     */
    public static byte[] wrap(byte[] pcm, String mimeType) {
        int rate = pcmRate(mimeType);
        if (rate <= 0) {
            throw new IllegalArgumentException("Not raw PCM audio with a rate: " + mimeType);
        }
        return wrap(pcm, rate, channels(mimeType));
    }

    /** A WAV file of 16-bit little-endian PCM samples at {@code rate} Hz. */
    public static byte[] wrap(byte[] pcm, int rate, int channels) {
        int blockAlign = channels * BITS_PER_SAMPLE / 8;
        byte[] wav = new byte[HEADER_BYTES + pcm.length];
        ascii(wav, 0, "RIFF");
        int32(wav, 4, 36 + pcm.length);
        ascii(wav, 8, "WAVE");
        ascii(wav, 12, "fmt ");
        int32(wav, 16, 16);
        int16(wav, 20, 1);
        int16(wav, 22, channels);
        int32(wav, 24, rate);
        int32(wav, 28, rate * blockAlign);
        int16(wav, 32, blockAlign);
        int16(wav, 34, BITS_PER_SAMPLE);
        ascii(wav, 36, "data");
        int32(wav, 40, pcm.length);
        System.arraycopy(pcm, 0, wav, HEADER_BYTES, pcm.length);
        return wav;
    }

    private static void ascii(byte[] target, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            target[at + i] = (byte) text.charAt(i);
        }
    }

    private static void int16(byte[] target, int at, int value) {
        target[at] = (byte) value;
        target[at + 1] = (byte) (value >>> 8);
    }

    private static void int32(byte[] target, int at, int value) {
        int16(target, at, value);
        int16(target, at + 2, value >>> 16);
    }
}
