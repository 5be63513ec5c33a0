package com.cometapi.camel.gemini.model;

/** Known values of {@link PromptFeedback#getBlockReason()}; other values may arrive and are kept as they are. */
public final class BlockReason {

    public static final String BLOCK_REASON_UNSPECIFIED = "BLOCK_REASON_UNSPECIFIED";
    public static final String SAFETY = "SAFETY";
    public static final String OTHER = "OTHER";
    public static final String BLOCKLIST = "BLOCKLIST";
    public static final String PROHIBITED_CONTENT = "PROHIBITED_CONTENT";
    public static final String IMAGE_SAFETY = "IMAGE_SAFETY";
    public static final String MODEL_ARMOR = "MODEL_ARMOR";
    public static final String JAILBREAK = "JAILBREAK";

    private BlockReason() {
    }
}
