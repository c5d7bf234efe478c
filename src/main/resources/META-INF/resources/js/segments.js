// Cuts an article into non-overlapping segments so that overlapping spans (evidence that contains or
// crosses a quote) can all be shown: every span start and end is a boundary, and each segment knows
// every span that covers it. Offsets are UTF-16 code units, which is what String.prototype.slice uses.

/**
 * @param {number} length  the text's length (UTF-16 units)
 * @param {{start:number, end:number}[]} spans  any objects with start/end; empty or out-of-range ones are dropped
 * @returns {{start:number, end:number, spans:object[]}[]}  covering the whole text, in order; `spans` may be empty
 */
export function segmentsOf(length, spans) {
  const valid = spans.filter(sp => Number.isInteger(sp.start) && Number.isInteger(sp.end)
      && sp.start >= 0 && sp.end <= length && sp.start < sp.end);
  const bounds = new Set([0, length]);
  for (const sp of valid) {
    bounds.add(sp.start);
    bounds.add(sp.end);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i], end = cuts[i + 1];
    const covering = valid.filter(sp => sp.start <= start && sp.end >= end)
        // Innermost first: the shortest covering span is the one a click on this segment means.
        .sort((a, b) => (a.end - a.start) - (b.end - b.start));
    segments.push({start, end, spans: covering});
  }
  return segments;
}
