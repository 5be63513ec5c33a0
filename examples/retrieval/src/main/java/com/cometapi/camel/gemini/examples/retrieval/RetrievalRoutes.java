package com.cometapi.camel.gemini.examples.retrieval;

import org.apache.camel.builder.RouteBuilder;

/**
 * The three Gemini calls of retrieval, one route each (the same routes in YAML are {@code routes/retrieval.yaml}):
 * <ul>
 *   <li>{@code direct:embedDocuments}: a {@code List<String>} of passages in, a {@code List<float[]>} out, one vector
 *       per passage in the same order (one {@code batchEmbedContents} request), embedded as documents to be found;</li>
 *   <li>{@code direct:embedQuestion}: a question in, its {@code float[]} out, embedded as a query;</li>
 *   <li>{@code direct:answer}: a prompt holding the chosen passages and the question in, the answer text out.</li>
 * </ul>
 */
public class RetrievalRoutes extends RouteBuilder {

    /** The model that answers; the embedding model is the component's default, {@code gemini-embedding-001}. */
    public static final String MODEL = "gemini-2.5-flash";
    /** The vector length asked for: the model's own is 3072, shorter vectors are cheaper to store and compare. */
    public static final int DIMENSIONS = 768;

    @Override
    public void configure() {
        // snippet:retrieval-routes
        from("direct:embedDocuments")
                .to("gemini:embed?taskType=RETRIEVAL_DOCUMENT&outputDimensionality=" + DIMENSIONS);

        from("direct:embedQuestion")
                .to("gemini:embed?taskType=RETRIEVAL_QUERY&outputDimensionality=" + DIMENSIONS);

        from("direct:answer")
                .to("gemini:generate?model=" + MODEL);
        // end-snippet:retrieval-routes
    }
}
