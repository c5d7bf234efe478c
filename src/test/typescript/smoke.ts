// Drives the running service through the client generated from openapi/openapi.yaml: openapi-typescript's
// types (generated/standpoint.ts) and openapi-fetch's calls. tsc type-checks every call against the contract
// before this runs. Usage: node dist/smoke.js http://127.0.0.1:PORT ; exits non-zero on the first failure.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/standpoint.js";

type Problem = components["schemas"]["Problem"];

const baseUrl = process.argv[2];
if (!baseUrl) {
  throw new Error("usage: node dist/smoke.js BASE_URL");
}
const client = createClient<paths>({ baseUrl });
let checks = 0;

function check(condition: unknown, what: string): asserts condition {
  if (!condition) {
    throw new Error(`typescript client: ${what}`);
  }
  checks++;
}

const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
const speaker = `Tess Script${letters}`;
const ids: string[] = [];

for (let i = 0; i < 3; i++) {
  const { data, response } = await client.POST("/v1/analyses", {
    body: { text: `${speaker} said \u201Cthe tram runs in June ${i}.\u201D`, title: `Tram ${i}`, language: "en",
      publishedAt: `2025-06-0${i + 1}T08:00:00Z` },
    params: { header: { "Idempotency-Key": `ts-${letters}-${i}` } },
  });
  check(response.status === 201, `create answered ${response.status}`);
  check(data?.id, "a created analysis has an id");
  check(response.headers.get("Location") === `/v1/analyses/${data.id}`, "Location names the analysis");
  check(data.article.title === `Tram ${i}`, "the title comes back");
  ids.push(data.id);
}

const got = await client.GET("/v1/analyses/{id}", { params: { path: { id: ids[0]! }, query: { fields: "summary" } } });
const summary = got.data;
check(summary, `get answered ${got.response.status}`);
check(summary.id === ids[0], "get returns the analysis");
check(summary.quotes === undefined, "the summary view leaves quotes out");
check(summary.actors.every(a => a.evidence === undefined && a.evidenceCount >= 0), "and evidence, keeping its count");

const seen = new Set<string>();
let cursor: string | undefined;
let pages = 0;
do {
  const page = await client.GET("/v1/analyses", { params: { query: { actor: speaker, limit: 2, cursor } } });
  // The listing is JSON, or CSV and NDJSON rows (strings) when asked for them: this call asks for JSON.
  check(page.data && typeof page.data !== "string", `list answered ${page.response.status}`);
  for (const item of page.data.items) {
    check(!seen.has(item.id!), "no analysis on two pages");
    seen.add(item.id!);
  }
  check((page.data.nextCursor !== null) === page.data.hasMore, "hasMore goes with nextCursor");
  cursor = page.data.nextCursor ?? undefined;
  pages++;
} while (cursor);
check(pages === 2 && ids.every(id => seen.has(id)), `paged through all three in ${pages} pages`);

const actors = await client.GET("/v1/actors", { params: { query: { q: speaker, limit: 5 } } });
const actorId = actors.data?.items[0]?.id;
check(actorId, "the speaker is an actor");
const timeline = await client.GET("/v1/actors/{id}", { params: { path: { id: actorId }, query: { limit: 2 } } });
check(timeline.data?.appearances.length === 2 && timeline.data.hasMore, "the timeline pages too");

for (const id of ids) {
  const deleted = await client.DELETE("/v1/analyses/{id}", { params: { path: { id } } });
  check(deleted.response.status === 204, `delete answered ${deleted.response.status}`);
}
const gone = await client.GET("/v1/analyses/{id}", { params: { path: { id: ids[0]! } } });
check(gone.response.status === 404, "a deleted analysis is gone");
const problem: Problem | undefined = gone.error;
check(problem?.type === "https://standpoint.dev/problems/not-found", "the 404 is a not-found problem");
check(gone.response.headers.get("Content-Type")?.startsWith("application/problem+json"), "as problem+json");

const refused = await client.POST("/v1/analyses", { body: { text: "Le maire a dit oui.", language: "fr" },
  params: { query: { persist: false } } });
check(refused.response.status === 422 && refused.error?.errors?.[0]?.field === "language", "French is a 422 naming language");

console.log(`typescript client: ${checks} checks passed`);
