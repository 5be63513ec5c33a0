package com.cometapi.camel.gemini.model;

/**
 * What an embedding is for ({@code taskType} of {@code embedContent}), sent as its name; the type of the endpoint
 * option {@code taskType}.
 */
public enum EmbeddingTaskType {

    /** A search query, to be compared with documents embedded as {@link #RETRIEVAL_DOCUMENT}. */
    RETRIEVAL_QUERY,
    /** A document of a corpus to search; may carry a title. */
    RETRIEVAL_DOCUMENT,
    /** Texts compared with each other for similarity. */
    SEMANTIC_SIMILARITY,
    /** Texts to classify. */
    CLASSIFICATION,
    /** Texts to group by similarity. */
    CLUSTERING,
    /** A question, to be answered from documents embedded as {@link #RETRIEVAL_DOCUMENT}. */
    QUESTION_ANSWERING,
    /** A statement to check against documents embedded as {@link #RETRIEVAL_DOCUMENT}. */
    FACT_VERIFICATION,
    /** A natural-language query for code, to be compared with code embedded as {@link #RETRIEVAL_DOCUMENT}. */
    CODE_RETRIEVAL_QUERY
}
