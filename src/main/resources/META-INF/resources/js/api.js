// The public Standpoint API, and nothing else. To point this page at another server, set
// <meta name="standpoint-api" content="https://host"> (that server's CORS origins must allow this page).

const BASE = document.querySelector('meta[name="standpoint-api"]')?.content?.replace(/\/$/, '') ?? '';
const KEY = 'standpoint.apiKey';

/** The API key for this browser session (sessionStorage: gone when the tab closes), or '' for none. */
export function apiKey() {
  return sessionStorage.getItem(KEY) ?? '';
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

/** An RFC 9457 problem from the API, or a network failure, as an Error with a readable message. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function call(path, options = {}) {
  const headers = {'Accept': 'application/json', ...(options.headers ?? {})};
  if (apiKey()) headers['X-API-Key'] = apiKey();
  let response;
  try {
    response = await fetch(BASE + path, {...options, headers});
  } catch (e) {
    throw new ApiError(0, {detail: `The service could not be reached (${e.message}).`});
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not a problem document */ }
    if (response.status === 401 || response.status === 403) {
      problem = {...problem, detail: `${problem?.detail ?? 'Not allowed'}. Enter the service's API key at the top of the page.`};
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

/** POST /v1/analyses: persist=true stores it (201, with an id), false only analyses (200, id null). */
export async function analyse({text, title, publishedAt}, persist) {
  const body = {text};
  if (title) body.title = title;
  if (publishedAt) body.publishedAt = publishedAt;
  const response = await call(`/v1/analyses?persist=${persist}`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify(body),
  });
  return response.json();
}

export async function getAnalysis(id) {
  return (await call(`/v1/analyses/${encodeURIComponent(id)}`)).json();
}

/** The exact stored text every offset of that analysis points into. */
export async function getAnalysisText(id) {
  return (await call(`/v1/analyses/${encodeURIComponent(id)}/text`, {headers: {'Accept': 'text/plain'}})).text();
}

export async function listAnalyses(limit = 10) {
  return (await call(`/v1/analyses?limit=${limit}`)).json();
}

export async function listActors(q = '', limit = 50) {
  return (await call(`/v1/actors?q=${encodeURIComponent(q)}&limit=${limit}`)).json();
}

/** The actor's appearances, following the timeline's cursor for up to `max` of them (oldest first). */
export async function getActorTimeline(id, max = 500) {
  const path = `/v1/actors/${encodeURIComponent(id)}?limit=100`;
  const timeline = await (await call(path)).json();
  while (timeline.hasMore && timeline.appearances.length < max) {
    const next = await (await call(`${path}&cursor=${encodeURIComponent(timeline.nextCursor)}`)).json();
    timeline.appearances.push(...next.appearances);
    timeline.hasMore = next.hasMore;
    timeline.nextCursor = next.nextCursor;
  }
  return timeline;
}

/**
 * The cross-article id of an actor in a stored analysis. The API merges actors by a normalised name
 * and `q` matches any id containing the normalised query, so the exact one is the shortest match;
 * it is confirmed by finding this analysis among its appearances.
 */
export async function findActorKey(name, analysisId) {
  const {items} = await listActors(name, 100);
  const candidates = [...items].sort((a, b) => a.id.length - b.id.length);
  for (const candidate of candidates.slice(0, 3)) {
    const timeline = await getActorTimeline(candidate.id);
    if (timeline.appearances.some(a => a.analysisId === analysisId)) return candidate.id;
  }
  return null;
}
