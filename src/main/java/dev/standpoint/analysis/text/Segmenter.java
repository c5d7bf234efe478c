package dev.standpoint.analysis.text;

/** Stage 1: text in, its paragraphs, quotations, tokens and sentences out. */
public interface Segmenter {

    Segmentation segment(String text);
}
