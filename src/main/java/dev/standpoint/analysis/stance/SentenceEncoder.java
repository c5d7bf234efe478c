package dev.standpoint.analysis.stance;

/** Turns a piece of text into a fixed-length vector whose geometry reflects meaning. */
public interface SentenceEncoder {

    float[] encode(String text);

    int dimensions();
}
