package dev.standpoint.bench.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * The CoreNLP pipeline Standpoint is compared with: the annotators a quote-attribution system needs,
 * with CoreNLP's own defaults for each (models from the {@code models} jar).
 */
public final class CoreNlpPipeline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    public CoreNlpPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        // Attribute each quotation to a speaker mention and, through coref, a canonical speaker.
        props.setProperty("quote.attributeQuotes", "true");
        pipeline = new StanfordCoreNLP(props);
    }

    public CoreDocument annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        return doc;
    }
}
