// One actor's stance across stored articles, drawn as inline SVG: a line per stance score over
// publication time (analysis time where the article has no date), one linked point per article.

import {s, h} from './dom.js';
import {STANCES, STANCE_COLOURS} from './colours.js';
import {formatDate} from './analysis-view.js';

const W = 640, H = 300;
const PAD = {left: 84, right: 56, top: 16, bottom: 40}; // room for a date label centred on an edge point
const DAY = 86_400_000;

export function renderTimelineChart(timeline) {
  const points = timeline.appearances.map(a => ({...a, time: Date.parse(a.publishedAt ?? a.analysedAt)}))
      .filter(p => !Number.isNaN(p.time))
      .sort((a, b) => a.time - b.time);
  let t0 = Math.min(...points.map(p => p.time)), t1 = Math.max(...points.map(p => p.time));
  if (t1 - t0 < DAY) { t0 -= DAY; t1 += DAY; } // one article, or several on one day: give the axis some width
  const xOfTime = (t) => PAD.left + (t - t0) / (t1 - t0) * (W - PAD.left - PAD.right);
  // Articles published at (nearly) the same moment would hide each other's points: spread each such
  // group 14px apart around its time, so every point stays visible and clickable.
  const SPREAD = 14;
  const groups = new Map();
  for (const p of points) {
    const key = Math.round(xOfTime(p.time) / SPREAD);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const group of groups.values()) {
    group.forEach((p, i) => { p.dx = (i - (group.length - 1) / 2) * SPREAD; });
  }
  const x = (t, p) => xOfTime(t) + (p?.dx ?? 0);
  const y = (v) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);

  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, class: 'timeline-chart', role: 'group',
                        'aria-label': `Stance scores of ${timeline.name} in ${points.length} articles over time`});
  const grid = s('g', {class: 'grid', 'aria-hidden': 'true'});
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    grid.append(s('line', {x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v)}),
        s('text', {x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end'}, v.toFixed(2)));
  }
  // A date under each article, skipping any that would collide with the one before (labels are ~90px wide).
  let lastTick = -Infinity, lastLabel = '';
  for (const t of points.map(p => p.time)) {
    const label = formatDate(new Date(t).toISOString());
    if (label === lastLabel || xOfTime(t) - lastTick < 100) continue;
    grid.append(s('text', {x: xOfTime(t), y: H - PAD.bottom + 18, 'text-anchor': 'middle'}, label));
    lastTick = xOfTime(t);
    lastLabel = label;
  }
  svg.append(grid);

  for (const stance of STANCES) {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.time, p).toFixed(1)},${y(p.scores?.[stance] ?? 0).toFixed(1)}`).join(' ');
    svg.append(s('path', {d, class: `line line-${stance}`, stroke: STANCE_COLOURS[stance], 'aria-hidden': 'true'}));
    // Dots too, so that a single article (a line of one point) still shows every score.
    for (const p of points) {
      svg.append(s('circle', {class: 'score-dot', cx: x(p.time, p), cy: y(p.scores?.[stance] ?? 0), r: 3.5,
                              fill: STANCE_COLOURS[stance], 'aria-hidden': 'true'}));
    }
  }

  // Each article is one link at the height of its leading stance score, coloured by its label.
  points.forEach((p) => {
    const value = p.scores?.[p.label] ?? p.confidence ?? 0;
    const label = `${p.title ?? 'Untitled article'}, ${formatDate(new Date(p.time).toISOString())}: ${p.label}`
        + ` ${(value).toFixed(2)}, ${p.evidenceCount} evidence. Open the analysis.`;
    svg.append(s('a', {href: `#/analyses/${encodeURIComponent(p.analysisId)}`, class: 'point', 'aria-label': label},
        s('title', {}, label),
        s('circle', {cx: x(p.time, p), cy: y(value), r: 7, fill: STANCE_COLOURS[p.label] ?? STANCE_COLOURS.neutral})));
  });

  const legend = h('ul', {class: 'chart-legend', 'aria-label': 'Lines'},
      STANCES.map(st => h('li', {}, h('span', {class: 'legend-line', style: {'--bar': STANCE_COLOURS[st]}, 'aria-hidden': 'true'}), st)));
  return h('figure', {class: 'chart'}, svg, legend,
      h('figcaption', {}, 'Each point is one stored article, at its leading stance score; select it to open that analysis.'));
}
