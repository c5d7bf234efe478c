// The page's routes, all client-side in the fragment so the service serves one static page:
//   #/                 analyse an article (paste, drop a .txt file, or load the sample)
//   #/analyses/{id}    a stored analysis
//   #/actors           actors across stored analyses (?q= search)
//   #/actors/{id}      one actor's stance over time

import {h, clear} from './dom.js';
import * as api from './api.js';
import {renderAnalysis, formatDate} from './analysis-view.js';
import {renderTimelineChart} from './timeline-chart.js';

const main = document.getElementById('main');
const status = document.getElementById('status');

// The API key field in the header: kept for this browser session only, sent with every call.
const keyInput = document.getElementById('api-key-input');
keyInput.value = api.apiKey();
keyInput.addEventListener('change', () => {
  api.setApiKey(keyInput.value.trim());
  say(keyInput.value.trim() ? 'API key set for this session.' : 'API key cleared.');
});
document.getElementById('api-key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  keyInput.dispatchEvent(new Event('change'));
});

/** The analysis just made here, so showing it after storing needs no second request. */
let latest = null;

function say(message) { status.textContent = message; }

function showError(where, error) {
  where.append(h('p', {class: 'error', role: 'alert'}, error.message));
}

async function route() {
  // In-page anchors such as the skip link (#main) are not routes.
  if (location.hash && !location.hash.startsWith('#/') && main.childElementCount > 0) return;
  const path = (location.hash.startsWith('#/') ? location.hash.slice(1) : '/').split('?')[0];
  const [, first, second] = path.split('/').map(decodeURIComponent);
  for (const link of document.querySelectorAll('.site-nav a')) {
    link.toggleAttribute('aria-current', link.getAttribute('href') === `#/${first ?? ''}`);
  }
  clear(main);
  say('');
  try {
    if (first === 'analyses' && second) await showStoredAnalysis(second);
    else if (first === 'actors' && second) await showActor(second);
    else if (first === 'actors') await showActors();
    else showAnalyseForm();
  } catch (error) {
    showError(main, error);
  }
}

function showAnalyseForm() {
  document.title = 'Standpoint: analyse an article';
  const text = h('textarea', {id: 'article-input', name: 'text', rows: '12', required: true,
    placeholder: 'Paste a news article here, or drop a .txt file on this box.', 'aria-describedby': 'text-help'});
  const title = h('input', {id: 'title-input', name: 'title', type: 'text', autocomplete: 'off'});
  const published = h('input', {id: 'published-input', name: 'publishedAt', type: 'date'});
  const persist = h('input', {id: 'persist-input', name: 'persist', type: 'checkbox'});
  const file = h('input', {id: 'file-input', type: 'file', accept: '.txt,text/plain', class: 'visually-hidden'});
  const result = h('div', {id: 'result', 'aria-live': 'polite'});

  const loadText = (value, name) => {
    text.value = value;
    if (!title.value && name) title.value = name;
  };
  file.addEventListener('change', async () => {
    if (file.files[0]) loadText(await file.files[0].text(), file.files[0].name.replace(/\.txt$/i, ''));
  });
  text.addEventListener('dragover', (e) => { e.preventDefault(); text.classList.add('dragging'); });
  text.addEventListener('dragleave', () => text.classList.remove('dragging'));
  text.addEventListener('drop', async (e) => {
    text.classList.remove('dragging');
    const dropped = [...e.dataTransfer.files].find(f => f.type === 'text/plain' || /\.txt$/i.test(f.name));
    if (!dropped) return; // dropped text (not a file) falls through to the textarea's own handling
    e.preventDefault();
    loadText(await dropped.text(), dropped.name.replace(/\.txt$/i, ''));
  });

  const sample = h('button', {type: 'button', id: 'load-sample', class: 'secondary'}, 'Load sample article');
  sample.addEventListener('click', async () => {
    const response = await fetch('samples/belarus-oreshnik.txt');
    const value = await response.text();
    text.value = value;
    title.value = value.split('\n', 1)[0];
    published.value = '2025-12-30';
    say('Sample article loaded.');
  });

  const submit = h('button', {type: 'submit', id: 'analyse'}, 'Analyse');
  const form = h('form', {class: 'analyse-form', 'aria-labelledby': 'form-heading'},
      h('h1', {id: 'form-heading'}, 'Who takes a position, and how?'),
      h('p', {class: 'lead'}, 'Paste a news article to see its actors, their stance toward its central issue, and the quotes and evidence behind each.'),
      h('label', {for: 'article-input'}, 'Article text'),
      text,
      h('p', {id: 'text-help', class: 'hint'}, 'Plain text. Drop a .txt file on the box, ',
          h('label', {for: 'file-input', class: 'file-label', tabindex: '0', role: 'button'}, 'choose a file'), ', or ', sample, '.'),
      file,
      h('div', {class: 'form-row'},
          h('div', {class: 'field'}, h('label', {for: 'title-input'}, 'Title (optional)'), title),
          h('div', {class: 'field'}, h('label', {for: 'published-input'}, 'Published on (optional)'), published)),
      h('div', {class: 'form-row form-actions'},
          h('label', {class: 'check'}, persist, ' Store this analysis (adds it to each actor’s stance over time)'),
          submit));
  // The file label acts as a button for keyboard users too.
  form.querySelector('.file-label').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); file.click(); }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(result);
    if (!text.value.trim()) {
      showError(result, new Error('Paste an article first, or load the sample.'));
      return;
    }
    submit.disabled = true;
    say('Analysing…');
    const article = {text: text.value, title: title.value.trim(),
      publishedAt: published.value ? `${published.value}T00:00:00Z` : null};
    try {
      const analysis = await api.analyse(article, persist.checked);
      latest = {text: article.text, analysis};
      if (analysis.id) {
        location.hash = `#/analyses/${encodeURIComponent(analysis.id)}`;
        return;
      }
      say(`Analysed: ${analysis.actors.length} actors, ${analysis.quotes.length} quotes (not stored).`);
      result.append(renderAnalysis(article.text, analysis));
      result.scrollIntoView({block: 'start', behavior: 'smooth'});
    } catch (error) {
      say('');
      showError(result, error);
    } finally {
      submit.disabled = false;
    }
  });

  main.append(form, result);
  showRecentAnalyses(main);
}

async function showRecentAnalyses(where) {
  try {
    const {items} = await api.listAnalyses(10);
    if (items.length === 0) return;
    where.append(h('section', {class: 'recent', 'aria-labelledby': 'recent-heading'},
        h('h2', {id: 'recent-heading'}, 'Stored analyses'),
        h('ul', {}, items.map(a => h('li', {},
            h('a', {href: `#/analyses/${encodeURIComponent(a.id)}`}, a.article?.title || 'Untitled article'),
            h('span', {class: 'hint'}, ` · ${a.actors.length} actors · ${formatDate(a.article?.publishedAt ?? a.createdAt)}`))))));
  } catch { /* the form works without the list */ }
}

async function showStoredAnalysis(id) {
  say('Loading the analysis…');
  const [analysis, text] = latest?.analysis.id === id ? [latest.analysis, latest.text]
      : await Promise.all([api.getAnalysis(id), api.getAnalysisText(id)]);
  document.title = `Standpoint: ${analysis.article?.title || 'analysis'}`;
  main.append(h('p', {class: 'back'}, h('a', {href: '#/'}, '← Analyse another article')),
      renderAnalysis(text, analysis));
  say(`Stored analysis: ${analysis.actors.length} actors, ${analysis.quotes.length} quotes.`);
}

async function showActors() {
  document.title = 'Standpoint: actors';
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '').get('q') ?? '';
  const input = h('input', {id: 'actor-search', type: 'search', name: 'q', value: q});
  const list = h('ul', {class: 'actor-index'});
  const form = h('form', {class: 'search-form', role: 'search'},
      h('label', {for: 'actor-search'}, 'Find an actor'), input, h('button', {type: 'submit'}, 'Search'));
  const load = async (query) => {
    clear(list);
    const {items} = await api.listActors(query, 100);
    if (items.length === 0) list.append(h('li', {}, query ? 'No stored actor matches.' : 'No analyses are stored yet.'));
    for (const a of items) {
      list.append(h('li', {}, h('a', {href: `#/actors/${encodeURIComponent(a.id)}`}, a.name),
          h('span', {class: 'hint'}, ` · ${a.type.toLowerCase()} · ${a.analysisCount} article${a.analysisCount === 1 ? '' : 's'}`)));
    }
    say(`${items.length} actors.`);
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); load(input.value.trim()).catch(err => showError(list, err)); });
  main.append(h('h1', {}, 'Actors across stored analyses'), form, list);
  await load(q);
}

async function showActor(id) {
  say('Loading the actor…');
  const timeline = await api.getActorTimeline(id);
  document.title = `Standpoint: ${timeline.name}`;
  const rows = timeline.appearances.map(a => h('tr', {},
      h('td', {}, formatDate(a.publishedAt ?? a.analysedAt)),
      h('td', {}, h('a', {href: `#/analyses/${encodeURIComponent(a.analysisId)}`}, a.title || 'Untitled article')),
      h('td', {}, h('span', {class: `stance-word stance-${a.label}`}, a.label)),
      h('td', {class: 'num'}, (a.confidence ?? 0).toFixed(2)),
      h('td', {class: 'num'}, String(a.evidenceCount))));
  main.append(
      h('p', {class: 'back'}, h('a', {href: '#/actors'}, '← All actors')),
      h('h1', {}, timeline.name),
      h('p', {class: 'actor-meta'}, `${timeline.type.toLowerCase()} · in ${timeline.appearances.length} stored article${timeline.appearances.length === 1 ? '' : 's'}`),
      renderTimelineChart(timeline),
      h('table', {class: 'appearances'},
          h('caption', {}, 'Stance in each article, oldest first'),
          h('thead', {}, h('tr', {}, ['Date', 'Article', 'Stance', 'Confidence', 'Evidence'].map(c => h('th', {scope: 'col'}, c)))),
          h('tbody', {}, rows)));
  say(`${timeline.name}: ${timeline.appearances.length} articles.`);
}

window.addEventListener('hashchange', route);
route();
