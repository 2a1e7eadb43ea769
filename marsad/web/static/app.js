// Marsad page: article reading and corpus view. Article text is only ever inserted with
// textContent / createTextNode, never as HTML, so "<script>" in an article renders as text.
"use strict";

const LABELS = {
  ar: { title: "مرصد", read: "قراءة مقال", corpus: "المدوّنة", published: "تاريخ النشر",
    upload: "ملف نصي", analyse: "حلّل", paste: "الصق نص الخبر هنا…", events: "الأحداث",
    map: "الخريطة", timeline: "الخط الزمني", accounts: "الروايات المتنافسة", type: "النوع",
    country: "الدولة", actor: "الفاعل", search: "ابحث", incidents: "الحوادث",
    recipient: "المتلقي", date: "التاريخ", place: "المكان", claim: "حسب", confidence: "الثقة",
    mode: "الأسلوب", entity: "كيان", placeK: "مكان", time: "زمن", trigger: "حدث",
    negated: "منفي", historical: "تاريخي", contradiction: "تناقض", lang: "English",
    incident: "الحادثة", reports: "التقارير", outlets: "المنافذ", places: "الأماكن" },
  en: { title: "Marsad", read: "Read an article", corpus: "Corpus", published: "Published",
    upload: "Text file", analyse: "Analyse", paste: "Paste an Arabic news article…", events: "Events",
    map: "Map", timeline: "Timeline", accounts: "Competing accounts", type: "Type",
    country: "Country", actor: "Actor", search: "Search", incidents: "Incidents",
    recipient: "Recipient", date: "Date", place: "Place", claim: "According to", confidence: "Confidence",
    mode: "Mode", entity: "entity", placeK: "place", time: "time", trigger: "event",
    negated: "negated", historical: "historical", contradiction: "contradiction", lang: "العربية",
    incident: "Incident", reports: "Reports", outlets: "Outlets", places: "Places" },
};
let lang = "ar";
const $ = (id) => document.getElementById(id);
const t = (key) => LABELS[lang][key] || key;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  return node;
}

function applyLabels() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
  $("lang").textContent = t("lang");
  const legend = document.querySelector(".legend");
  legend.replaceChildren(...[["entity", "entity"], ["place", "placeK"], ["time", "time"], ["trigger", "trigger"]]
    .map(([kind, key]) => el("span", { "data-kind": kind }, t(key))));
}

// ---------------------------------------------------------------- reading one article
let current = null;

async function analyse(event) {
  event.preventDefault();
  $("error").textContent = "";
  const body = { text: $("text").value, published: $("published").value || null };
  const response = await fetch("/v1/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const data = await response.json();
  if (!response.ok) { $("error").textContent = data.error ? data.error.message : response.statusText; return; }
  current = data;
  render(data);
}

function spans(doc) {
  const items = [];
  doc.entities.forEach((e) => e.mentions.forEach((m) => items.push({ ...m, kind: "entity", info: `${e.name_en || e.name} · ${e.code || ""} · ${e.type}` })));
  doc.places.forEach((p) => p.mentions.forEach((m) => items.push({ ...m, kind: "place", info: `${p.name_en || "?"} · ${p.country || ""} · GeoNames ${p.geonameid ?? "—"}` })));
  doc.times.forEach((x) => items.push({ start: x.start, end: x.end, kind: "time", info: `${x.value ?? x.relative ?? "?"} (${x.granularity || ""})` }));
  doc.events.forEach((e) => items.push({ start: e.trigger.start, end: e.trigger.end, kind: "trigger", id: e.id, info: `${e.type} ${e.modes.join(",")} · ${e.cameo || ""}` }));
  // Triggers win over other kinds on the same characters; overlapping spans are skipped.
  const rank = { trigger: 0, entity: 1, place: 2, time: 3 };
  items.sort((a, b) => a.start - b.start || rank[a.kind] - rank[b.kind] || b.end - a.end);
  const kept = [];
  let until = 0;
  for (const item of items) { if (item.start >= until) { kept.push(item); until = item.end; } }
  return kept;
}

function render(doc) {
  $("result").hidden = false;
  const article = $("article");
  article.replaceChildren();
  let pos = 0;
  for (const s of spans(doc)) {
    article.append(document.createTextNode(doc.text.slice(pos, s.start)));
    const node = el("span", { "data-kind": s.kind, title: s.info }, doc.text.slice(s.start, s.end));
    if (s.id) node.dataset.event = s.id;
    node.addEventListener("click", () => { $("detail").textContent = s.info; });
    article.append(node);
    pos = s.end;
  }
  article.append(document.createTextNode(doc.text.slice(pos)));
  renderEvents(doc);
  const places = Object.fromEntries(doc.places.map((p) => [p.id, p]));
  drawMap($("map"), doc.events.flatMap((e) => e.places.map((id) => places[id]).filter((p) => p && p.lat != null)));
  drawTimeline($("timeline"), doc.events.filter((e) => e.date).map((e) => ({ date: e.date.value, type: e.type })));
  renderAccounts(doc);
}

const party = (list) => list.map((p) => `${p.text}${p.code ? ` [${p.code}]` : ""}`).join("، ");

function renderEvents(doc) {
  const claims = Object.fromEntries(doc.claims.map((c) => [c.id, c]));
  const places = Object.fromEntries(doc.places.map((p) => [p.id, p]));
  const head = el("tr", {}, ...["type", "mode", "actor", "recipient", "date", "place", "claim", "confidence"].map((k) => el("th", {}, t(k))));
  const rows = doc.events.map((e) => {
    const claim = claims[e.claim];
    const source = claim ? `${claim.speaker.text}${claim.relayed_by.length ? " ← " + claim.relayed_by.map((r) => r.text).join(" ← ") : ""}` : "";
    const flags = [e.negated ? t("negated") : "", e.historical ? t("historical") : ""].filter(Boolean);
    const row = el("tr", {},
      el("td", {}, e.type, ...flags.map((f) => el("span", { class: "flag" }, " " + f))),
      el("td", {}, e.modes.join(", ")), el("td", {}, party(e.actors)), el("td", {}, party(e.recipients)),
      el("td", {}, e.date ? e.date.value : ""), el("td", {}, e.places.map((id) => places[id]?.name_en || places[id]?.name).join("، ")),
      el("td", {}, source), el("td", {}, e.confidence.toFixed(2)));
    row.addEventListener("click", () => highlight(e.id));
    return row;
  });
  $("events").replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
}

function highlight(id) {
  document.querySelectorAll(".hit").forEach((n) => n.classList.remove("hit"));
  const node = document.querySelector(`[data-event="${CSS.escape(id)}"]`);
  if (node) { node.classList.add("hit"); node.scrollIntoView({ behavior: "smooth", block: "center" }); }
}

function renderAccounts(doc) {
  const bySpeaker = new Map();
  doc.claims.forEach((c) => {
    const key = `${c.speaker.text} (${c.speaker.country || "?"})`;
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(c);
  });
  const cards = [...bySpeaker.entries()].map(([speaker, claims]) => el("div", { class: "card" },
    el("strong", {}, speaker),
    ...claims.map((c) => el("p", {}, `${c.stance || "assert"}${c.relayed_by.length ? " · " + c.relayed_by.map((r) => r.text).join(" ← ") : ""}: `,
      doc.text.slice(c.content.start, c.content.end)))));
  const conflicts = doc.contradictions.map((c) => el("div", { class: "card conflict" }, el("strong", {}, t("contradiction")), el("p", {}, c.about)));
  $("accounts").replaceChildren(...conflicts, ...cards);
}

// ---------------------------------------------------------------- map and timeline
let world = null;
async function loadWorld() {
  if (!world) {
    const topology = await (await fetch("/static/vendor/countries-110m.json")).json();
    world = topojson.feature(topology, topology.objects.countries);
  }
  return world;
}
const project = ([lon, lat]) => [(lon + 180) * 2, (90 - lat) * 2];

async function drawMap(svg, points) {
  const land = await loadWorld();
  const paths = land.features.map((f) => {
    const rings = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const d = rings.flat().map((ring) => "M" + ring.map((c) => project(c).map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("");
    return `<path class="land" d="${d}"/>`;
  });
  svg.innerHTML = paths.join("");  // geometry only: no article text
  for (const p of points) {
    const [x, y] = project([p.lon, p.lat]);
    const dot = document.createElementNS("http://www.w3.org/2000/svg", "circle");
    dot.setAttribute("cx", x); dot.setAttribute("cy", y); dot.setAttribute("r", 4); dot.setAttribute("class", "dot");
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = `${p.name_en || p.name} (${p.country || ""})`;
    dot.append(title);
    svg.append(dot);
  }
}

function drawTimeline(svg, items) {
  svg.replaceChildren();
  const days = [...new Set(items.map((i) => i.date.slice(0, 10)))].sort();
  if (!days.length) return;
  const types = [...new Set(items.map((i) => i.type))];
  const colours = ["#dc2626", "#2563eb", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#be185d", "#4b5563"];
  const width = 700 / days.length;
  const max = Math.max(...days.map((d) => items.filter((i) => i.date.startsWith(d)).length));
  days.forEach((day, n) => {
    let y = 180;
    types.forEach((type, k) => {
      const count = items.filter((i) => i.date.startsWith(day) && i.type === type).length;
      if (!count) return;
      const h = (count / max) * 150;
      y -= h;
      const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      Object.entries({ x: 10 + n * width, y, width: Math.max(width - 4, 2), height: h, fill: colours[k % colours.length] })
        .forEach(([a, v]) => rect.setAttribute(a, v));
      const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = `${day} ${type}: ${count}`;
      rect.append(title);
      svg.append(rect);
    });
    const label = document.createElementNS("http://www.w3.org/2000/svg", "text");
    Object.entries({ x: 10 + n * width, y: 196, "font-size": 10 }).forEach(([a, v]) => label.setAttribute(a, v));
    label.textContent = day;
    svg.append(label);
  });
}

// ---------------------------------------------------------------- corpus view
async function searchCorpus(event) {
  if (event) event.preventDefault();
  $("c-error").textContent = "";
  const params = new URLSearchParams();
  [["type", "f-type"], ["country", "f-country"], ["actor", "f-actor"], ["date_from", "f-from"], ["date_to", "f-to"]]
    .forEach(([name, id]) => { if ($(id).value) params.set(name, $(id).value); });
  const response = await fetch(`/v1/events?${params}&limit=500`);
  const data = await response.json();
  if (!response.ok) { $("c-error").textContent = data.error ? data.error.message : response.statusText; return; }
  const head = el("tr", {}, ...["date", "type", "actor", "recipient", "place", "claim", "confidence"].map((k) => el("th", {}, t(k))));
  const rows = data.events.map((e) => el("tr", {}, el("td", {}, e.date || ""), el("td", {}, e.type),
    el("td", {}, `${e.actor_name || ""} ${e.actor_code ? "[" + e.actor_code + "]" : ""}`),
    el("td", {}, `${e.recipient_name || ""} ${e.recipient_code ? "[" + e.recipient_code + "]" : ""}`),
    el("td", {}, e.place_name || ""), el("td", {}, e.claim_speaker || e.source || ""), el("td", {}, (e.confidence ?? 0).toFixed(2))));
  $("c-events").replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
  drawMap($("c-map"), data.events.filter((e) => e.lat != null).map((e) => ({ lat: e.lat, lon: e.lon, name_en: e.place_name, country: e.place_country })));
  drawTimeline($("c-timeline"), data.events.filter((e) => e.date && e.date.length >= 10).map((e) => ({ date: e.date, type: e.type })));
  const inc = await (await fetch(`/v1/incidents?${params.get("country") ? "country=" + encodeURIComponent(params.get("country")) : ""}`)).json();
  const ihead = el("tr", {}, ...["incident", "date", "type", "reports", "outlets", "places", "accounts"].map((k) => el("th", {}, t(k))));
  const columns = ["incident", "date", "type", "reports", "outlets", "places", "accounts"];
  const irows = (inc.incidents || []).map((i) => {
    const row = el("tr", {}, ...columns.map((k) => el("td", {}, i[k] ?? "")));
    row.addEventListener("click", () => showIncident(i.incident));
    return row;
  });
  $("c-incidents").replaceChildren(el("thead", {}, ihead), el("tbody", {}, ...irows));
}

// One incident: every report of it, with its outlet and who claims what, through whom.
async function showIncident(id) {
  const data = await (await fetch(`/v1/events?incident=${encodeURIComponent(id)}&limit=1000`)).json();
  const cards = data.events.map((e) => el("div", { class: "card" },
    el("strong", {}, `${e.source || e.doc_id} · ${e.date || ""}`),
    el("p", {}, `${e.type}: ${e.actor_name || "?"} [${e.actor_code || ""}] → ${e.recipient_name || "?"} [${e.recipient_code || ""}]`),
    el("p", {}, e.claim_speaker ? `${t("claim")} ${e.claim_speaker}${e.relayed_by ? " ← " + e.relayed_by : ""}` : ""),
    e.url ? el("a", { href: e.url, rel: "noopener noreferrer" }, e.url) : ""));
  $("c-incident").replaceChildren(el("h2", {}, `${t("incidents")} ${id}`), el("div", { id: "incident-cards" }, ...cards));
  $("c-incident").scrollIntoView({ behavior: "smooth" });
}

// ---------------------------------------------------------------- wiring
document.querySelectorAll("nav [data-view]").forEach((button) => button.addEventListener("click", () => {
  document.querySelectorAll("nav [data-view]").forEach((b) => b.classList.toggle("active", b === button));
  $("read").hidden = button.dataset.view !== "read";
  $("corpus").hidden = button.dataset.view !== "corpus";
  if (button.dataset.view === "corpus") searchCorpus();
}));
$("lang").addEventListener("click", () => { lang = lang === "ar" ? "en" : "ar"; applyLabels(); if (current) render(current); });
$("form").addEventListener("submit", analyse);
$("filters").addEventListener("submit", searchCorpus);
$("file").addEventListener("change", async (event) => { const file = event.target.files[0]; if (file) $("text").value = await file.text(); });
applyLabels();
// A link can carry an article to read: /#published=2024-03-04&text=...
const shared = new URLSearchParams(location.hash.slice(1));
if (shared.get("text")) {
  $("text").value = shared.get("text");
  $("published").value = shared.get("published") || "";
  $("form").requestSubmit();
}
