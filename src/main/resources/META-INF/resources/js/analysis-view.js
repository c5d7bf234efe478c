// Shows one analysis: the article with every quote and piece of evidence highlighted in its actor's
// colour, and a panel of actors. Hovering or selecting an actor lights up its spans; activating a
// span (click, Enter or Space) selects its actor in the panel.

import {h} from './dom.js';
import {segmentsOf} from './segments.js';
import {actorColours, UNATTRIBUTED, STANCES, STANCE_COLOURS} from './colours.js';
import {findActorKey} from './api.js';

const KIND_WORDS = {quote: 'Quote', evidence: 'Evidence', mention: 'Mention'};
const EVIDENCE_KINDS = {DIRECT_QUOTE: 'direct quote', REPORTED: 'reported speech', DESCRIPTION: 'described reaction'};
const TYPE_WORDS = {PERSON: 'Person', ORGANIZATION: 'Organisation', GROUP: 'Group', ANONYMOUS: 'Unnamed source'};

/**
 * @param {string} text  exactly the text the analysis's offsets point into
 * @param {object} analysis  an AnalysisResponse
 * @returns {HTMLElement}
 */
export function renderAnalysis(text, analysis) {
  const actors = analysis.actors ?? [];
  const quotes = analysis.quotes ?? [];
  const colours = actorColours(actors);
  const byId = new Map(actors.map(a => [a.id, a]));

  const spans = [];
  quotes.forEach((q, i) => spans.push({key: `q${i}`, kind: 'quote', actorId: byId.has(q.speakerId) ? q.speakerId : null,
    start: q.start, end: q.end}));
  for (const actor of actors) {
    (actor.evidence ?? []).forEach((e, i) => spans.push({key: `e-${actor.id}-${i}`, kind: 'evidence', actorId: actor.id,
      start: e.start, end: e.end}));
    (actor.mentions ?? []).forEach((m, i) => spans.push({key: `m-${actor.id}-${i}`, kind: 'mention', actorId: actor.id,
      start: m.start, end: m.end}));
  }

  const articleEl = h('div', {class: 'article-text', 'aria-label': 'Article text with highlighted quotes and evidence'});
  const segmentEls = [];
  for (const seg of segmentsOf(text.length, spans)) {
    const fragment = text.slice(seg.start, seg.end);
    if (seg.spans.length === 0) {
      articleEl.append(fragment);
      continue;
    }
    const el = renderSegment(fragment, seg, byId, colours);
    segmentEls.push(el);
    articleEl.append(el);
  }

  const cards = new Map();
  const panel = h('ul', {class: 'actor-list', 'aria-label': 'Actors'});
  for (const actor of actors) {
    const card = renderActorCard(actor, colours.get(actor.id), analysis.id);
    cards.set(actor.id, card);
    panel.append(card);
  }

  const unattributed = quotes.map((q, i) => ({q, key: `q${i}`})).filter(({q}) => !byId.has(q.speakerId));
  const unattributedSection = unattributed.length === 0 ? null : h('section', {class: 'unattributed-list', 'aria-labelledby': 'unattributed-heading'},
      h('h3', {id: 'unattributed-heading'}, `Unattributed quotes (${unattributed.length})`),
      h('p', {class: 'hint'}, 'The text names no speaker for these.'),
      h('ol', {}, unattributed.map(({q, key}) => h('li', {},
          h('button', {type: 'button', class: 'span-jump', dataset: {span: key}}, `“${q.text}”`)))));

  const legend = h('p', {class: 'legend'},
      h('span', {class: 'legend-item'}, h('span', {class: 'swatch swatch-evidence', 'aria-hidden': 'true'}), 'evidence: tinted'),
      h('span', {class: 'legend-item'}, h('span', {class: 'swatch swatch-quote', 'aria-hidden': 'true'}), 'quote: underlined'),
      h('span', {class: 'legend-item'}, h('span', {class: 'swatch swatch-unattributed', 'aria-hidden': 'true'}), 'unattributed quote: dashed grey'));

  const topic = analysis.topic?.text ? h('p', {class: 'topic'}, h('strong', {}, 'Stances toward: '), analysis.topic.text) : null;
  const title = analysis.article?.title ? h('h2', {class: 'article-title'}, analysis.article.title) : h('h2', {class: 'article-title'}, 'Article');
  const meta = h('p', {class: 'article-meta'},
      analysis.article?.publishedAt ? `Published ${formatDate(analysis.article.publishedAt)} · ` : '',
      `${actors.length} actors · ${quotes.length} quotes · `,
      analysis.id ? h('a', {href: `#/analyses/${encodeURIComponent(analysis.id)}`}, 'stored analysis') : 'not stored');

  const root = h('div', {class: 'analysis'},
      h('section', {class: 'article-column', 'aria-labelledby': 'article-heading'},
          h('div', {id: 'article-heading', class: 'visually-hidden'}, 'Article'),
          title, meta, topic, legend, articleEl),
      h('aside', {class: 'actor-panel', 'aria-labelledby': 'actors-heading'},
          h('h2', {id: 'actors-heading'}, `Actors (${actors.length})`),
          h('p', {class: 'hint'}, 'Hover or select an actor to light up its words in the text; select a highlight to find its actor.'),
          panel, unattributedSection));

  // Lighting: a selected actor stays lit; hovering another previews it.
  let selected = null;
  const light = (actorId) => {
    articleEl.classList.toggle('has-active', actorId !== null);
    if (actorId !== null) articleEl.style.setProperty('--active', colours.get(actorId).strong);
    for (const el of segmentEls) {
      el.classList.toggle('lit', actorId !== null && el.dataset.actors.split(' ').includes(actorId));
    }
    for (const [id, card] of cards) card.classList.toggle('active', id === actorId);
  };
  const select = (actorId) => {
    selected = selected === actorId ? null : actorId;
    for (const [id, card] of cards) {
      card.querySelector('.actor-name').setAttribute('aria-pressed', String(id === selected));
    }
    light(selected);
  };

  for (const [id, card] of cards) {
    const button = card.querySelector('.actor-name');
    button.addEventListener('click', () => {
      select(id);
      if (selected === id) articleEl.querySelector('.seg.lit')?.scrollIntoView({block: 'center', behavior: 'smooth'});
    });
    card.addEventListener('mouseenter', () => light(id));
    card.addEventListener('mouseleave', () => light(selected));
  }

  const goToActor = (actorId) => {
    const card = cards.get(actorId);
    if (!card) return;
    if (selected !== actorId) select(actorId);
    card.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    card.querySelector('.actor-name').focus({preventScroll: true});
    card.classList.remove('flash');
    void card.offsetWidth; // restart the animation
    card.classList.add('flash');
  };
  const activateSegment = (el) => {
    if (el.dataset.primary) goToActor(el.dataset.primary);
  };
  articleEl.addEventListener('click', (event) => {
    const el = event.target.closest('.seg');
    if (el) activateSegment(el);
  });
  articleEl.addEventListener('keydown', (event) => {
    const el = event.target.closest('.seg');
    if (el && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      activateSegment(el);
    }
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && selected !== null) select(selected);
  });

  // Evidence and unattributed-quote buttons in the panel jump to their span in the text.
  root.addEventListener('click', (event) => {
    const jump = event.target.closest('.span-jump');
    if (!jump) return;
    const target = articleEl.querySelector(`.seg[data-starts~="${CSS.escape(jump.dataset.span)}"]`);
    if (target) {
      target.scrollIntoView({block: 'center', behavior: 'smooth'});
      target.focus({preventScroll: true});
    }
  });

  // Links to each actor's stance over time exist only for stored analyses.
  if (analysis.id) {
    for (const actor of actors) {
      const link = cards.get(actor.id).querySelector('.timeline-link');
      findActorKey(actor.name, analysis.id).then(key => {
        if (key) {
          link.href = `#/actors/${encodeURIComponent(key)}`;
          link.hidden = false;
        }
      }).catch(() => { /* the link simply stays hidden */ });
    }
  }
  return root;
}

function renderSegment(fragment, seg, byId, colours) {
  const evidenceActors = unique(seg.spans.filter(sp => sp.kind === 'evidence').map(sp => sp.actorId));
  const quoteSpans = seg.spans.filter(sp => sp.kind === 'quote');
  const attributedQuote = quoteSpans.find(sp => sp.actorId !== null);
  const unattributed = quoteSpans.length > 0 && !attributedQuote;
  // What a click means: the innermost quote or evidence with an actor, else a mention's actor.
  const primary = seg.spans.find(sp => sp.kind !== 'mention' && sp.actorId !== null)
      ?? seg.spans.find(sp => sp.actorId !== null);
  const actorsHere = unique(seg.spans.map(sp => sp.actorId).filter(id => id !== null));
  const starts = seg.spans.filter(sp => sp.start === seg.start && sp.kind !== 'mention');

  const classes = ['seg'];
  if (evidenceActors.length) classes.push('ev');
  if (quoteSpans.length) classes.push('q');
  if (unattributed) classes.push('unattributed');
  if (starts.some(sp => sp.kind === 'quote' && sp.actorId === null)) classes.push('unattributed-start');
  if (!evidenceActors.length && !quoteSpans.length) classes.push('mention');
  if (evidenceActors.length > 1) classes.push('multi');

  const style = {};
  if (evidenceActors.length === 1) style['--tint'] = colours.get(evidenceActors[0]).tint;
  if (evidenceActors.length > 1) {
    const stripes = evidenceActors.flatMap((id, i) => [`${colours.get(id).tint} ${i * 8}px`, `${colours.get(id).tint} ${(i + 1) * 8}px`]);
    style['--stripes'] = `repeating-linear-gradient(135deg, ${stripes.join(', ')})`;
  }
  if (quoteSpans.length) style['--line'] = attributedQuote ? colours.get(attributedQuote.actorId).strong : UNATTRIBUTED.strong;

  const attrs = {
    class: classes.join(' '),
    style,
    dataset: {actors: actorsHere.join(' '), primary: primary?.actorId ?? '', starts: starts.map(sp => sp.key).join(' ')},
  };
  // One tab stop per quote or piece of evidence: the segment where it starts.
  if (starts.length) {
    const first = starts[0];
    const who = first.actorId ? byId.get(first.actorId).name : 'no speaker named';
    const kind = first.kind === 'quote' && first.actorId === null ? 'Unattributed quote' : `${KIND_WORDS[first.kind]} by ${who}`;
    Object.assign(attrs, {tabindex: '0', role: primary ? 'button' : null, 'aria-label': `${kind}: ${fragment}`, title: kind});
  } else if (unattributed) {
    attrs.title = 'Unattributed quote';
  }
  return h('mark', attrs, fragment);
}

function renderActorCard(actor, colour, analysisId) {
  const scores = actor.stance?.scores ?? {};
  const label = actor.stance?.label ?? 'neutral';
  const bars = h('div', {class: 'stance-bars', role: 'group', 'aria-label': `Stance scores of ${actor.name}`},
      STANCES.map(stance => {
        const value = clamp01(scores[stance] ?? 0);
        return h('div', {class: `stance-bar${stance === label ? ' leading' : ''}`, dataset: {stance}},
            h('span', {class: 'bar-label'}, stance),
            h('span', {class: 'bar-track', 'aria-hidden': 'true'},
                h('span', {class: 'bar-fill', style: {width: `${(value * 100).toFixed(1)}%`, '--bar': STANCE_COLOURS[stance]}})),
            h('span', {class: 'bar-value'}, value.toFixed(2)));
      }));
  const sentiment = actor.sentiment ?? {score: 0, magnitude: 0};
  const evidence = actor.evidence ?? [];
  return h('li', {class: 'actor-card', id: `actor-${actor.id}`, dataset: {actor: actor.id},
                  style: {'--c': colour.strong, '--t': colour.tint}},
      h('h3', {class: 'actor-heading'},
          h('button', {type: 'button', class: 'actor-name', 'aria-pressed': 'false'},
              h('span', {class: 'actor-swatch', 'aria-hidden': 'true'}), actor.name)),
      h('p', {class: 'actor-meta'}, TYPE_WORDS[actor.type] ?? actor.type, actor.role ? ` · ${actor.role}` : ''),
      h('p', {class: 'actor-stance'}, 'Stance: ', h('strong', {class: `stance-word stance-${label}`}, label),
          ` (confidence ${num(actor.stance?.confidence)})`),
      bars,
      h('p', {class: 'actor-sentiment'}, `Sentiment ${signed(sentiment.score)} · magnitude ${num(sentiment.magnitude)}`),
      actor.summary ? h('p', {class: 'actor-summary'}, actor.summary) : null,
      evidence.length === 0 ? null : h('details', {class: 'evidence'},
          h('summary', {}, `Evidence (${evidence.length})`),
          h('ol', {}, evidence.map((e, i) => h('li', {},
              h('button', {type: 'button', class: 'span-jump', dataset: {span: `e-${actor.id}-${i}`},
                           'aria-label': `Show in text: ${e.text}`}, `“${e.text}”`),
              h('span', {class: 'evidence-meta'},
                  `${EVIDENCE_KINDS[e.kind] ?? e.kind}${e.cue ? ` · “${e.cue}”` : ''} · ${e.stance} ${num(e.score)}`))))),
      analysisId ? h('a', {class: 'timeline-link', hidden: true, href: '#/actors'}, `${actor.name}: stance over time →`) : null);
}

const unique = (xs) => [...new Set(xs)];
const clamp01 = (x) => Math.max(0, Math.min(1, Number(x) || 0));
const num = (x) => (Number(x) || 0).toFixed(2);
const signed = (x) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(Number(x) || 0).toFixed(2)}`;

export function formatDate(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, {year: 'numeric', month: 'short', day: 'numeric'});
}
