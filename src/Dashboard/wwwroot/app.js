// Expressivity Cluster dashboard: renders the snapshots the server sends (server-sent events).
// Everything is built with DOM calls and textContent, so nothing from the cluster is read as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const FINAL = new Set(["completed", "failed", "cancelled"]);
const sweepViews = new Map();
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function svgEl(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function fillRows(tbody, rows) {
  tbody.replaceChildren(...rows.map((cells) => {
    const tr = el("tr");
    for (const c of cells) tr.append(c instanceof Node ? c : el("td", {}, String(c)));
    return tr;
  }));
}

function renderMembers(members) {
  fillRows(document.querySelector("#members tbody"), members.map((m) => [
    m.address + (m.leader ? " (leader)" : ""), m.roles.join(", "), m.status, m.reachable ? "yes" : "NO",
  ]));
}

// Percent of the current stage done against seconds, drawn as an inline SVG with axes and labels.
function drawChart(svg, history) {
  const w = 420, h = 200, left = 44, right = 10, top = 10, bottom = 34;
  svg.replaceChildren();
  const maxX = Math.max(1, ...history.map((p) => p.seconds));
  const x = (s) => left + (w - left - right) * s / maxX;
  const y = (pct) => top + (h - top - bottom) * (1 - pct / 100);
  for (const pct of [0, 25, 50, 75, 100]) {
    svg.append(svgEl("line", { class: "grid", x1: left, x2: w - right, y1: y(pct), y2: y(pct) }));
    svg.append(svgEl("text", { x: left - 6, y: y(pct) + 4, "text-anchor": "end" }, pct + "%"));
  }
  svg.append(svgEl("line", { class: "axis", x1: left, x2: left, y1: top, y2: h - bottom }));
  svg.append(svgEl("line", { class: "axis", x1: left, x2: w - right, y1: h - bottom, y2: h - bottom }));
  svg.append(svgEl("text", { x: left, y: h - bottom + 14 }, "0"));
  svg.append(svgEl("text", { x: w - right, y: h - bottom + 14, "text-anchor": "end" }, maxX.toFixed(0) + " s"));
  svg.append(svgEl("text", { x: (left + w) / 2, y: h - 4, "text-anchor": "middle" }, "seconds watched"));
  // One line per stage (a stage restarts at 0%), each with its legend entry.
  const stages = [...new Set(history.map((p) => p.stage))];
  stages.forEach((stage, i) => {
    const points = history.filter((p) => p.stage === stage)
      .map((p) => `${x(p.seconds).toFixed(1)},${y(p.total ? 100 * p.done / p.total : 0).toFixed(1)}`);
    svg.append(svgEl("polyline", { class: `series s${i % 4}`, points: points.join(" ") }));
    svg.append(svgEl("line", { class: `series s${i % 4}`, x1: left + 8, x2: left + 24, y1: top + 8 + 14 * i, y2: top + 8 + 14 * i }));
    svg.append(svgEl("text", { x: left + 28, y: top + 12 + 14 * i }, `stage ${stage}`));
  });
}

function createSweepView(id) {
  const root = el("section", { class: "sweep", "data-sweep": id });
  const title = el("h3", {}, id);
  const state = el("span", { class: "state" });
  const bar = el("progress", { max: "1", value: "0" });
  const units = el("span", { class: "units" });
  const rate = el("span", { class: "rate" });
  const eta = el("span", { class: "eta" });
  const inflight = el("span", { class: "inflight" });
  const validation = el("span", { class: "validation" });
  const line = el("div", { class: "line" });
  line.append(state, bar, units, rate, eta, inflight, validation);
  const buttons = el("div", { class: "line buttons" });
  for (const action of ["pause", "resume", "cancel"]) {
    const b = el("button", { type: "button", "data-action": action }, action);
    b.addEventListener("click", () => act(`/api/sweeps/${encodeURIComponent(id)}/${action}`, null));
    buttons.append(b);
  }
  const chart = svgEl("svg", { class: "chart", width: 420, height: 200, viewBox: "0 0 420 200", role: "img", "aria-label": "progress over time" });
  const workers = el("table", { class: "workers" });
  workers.append(el("thead"), el("tbody"));
  workers.tHead.append(el("tr"));
  for (const h of ["worker", "done", "in flight", "units/s", "last heard", "stall"]) workers.tHead.rows[0].append(el("th", {}, h));
  const result = el("table", { class: "result" });
  result.append(el("tbody"));
  const plot = el("img", { class: "plot", alt: "progress plot (server-rendered)", hidden: "" });
  const downloads = el("p", { class: "downloads" }, "downloads: ");
  const base = `/api/sweeps/${encodeURIComponent(id)}/`;
  for (const [file, label] of [["result.csv", "CSV"], ["result.json", "JSON"], ["progress.svg", "plot SVG"], ["progress.png", "plot PNG"]]) {
    downloads.append(el("a", { href: base + file, download: "", class: "download-" + file.split(".")[1] + (file.startsWith("progress") ? " plot" : "") }, label));
  }
  const error = el("p", { class: "error" });
  const panels = el("div", { class: "panels" });
  const left = el("div");
  left.append(chart, workers);
  const right = el("div");
  right.append(result, plot);
  panels.append(left, right);
  root.append(title, line, buttons, panels, downloads, error);
  $("sweeps").append(root);
  return { root, state, bar, units, rate, eta, inflight, validation, chart, workers, result, plot, error, base, lastState: null };
}

function renderSweep(s) {
  let v = sweepViews.get(s.id);
  if (!v) sweepViews.set(s.id, v = createSweepView(s.id));
  v.root.querySelector("h3").textContent = `${s.id} (${s.kind})`;
  v.state.textContent = s.state;
  v.state.className = "state " + s.state;
  v.bar.value = s.total ? s.done / s.total : (s.state === "completed" ? 1 : 0);
  v.units.textContent = `stage ${s.stage}: ${s.done}/${s.total} units`;
  v.rate.textContent = `${s.unitsPerSecond.toFixed(1)} units/s`;
  v.eta.textContent = `ETA ${FINAL.has(s.state) ? "--" : s.eta}`;
  v.inflight.textContent = `${s.inFlight} in flight`;
  // Validated sweeps: checks by a second worker, mismatches and votes (docs/design/validation.md).
  const q = s.validation;
  v.validation.textContent = q ? `validation: checked ${q.checked}, agreed ${q.agreed}, mismatches ${q.mismatches}, resolved ${q.resolved}`
    + (q.pending ? `, ${q.pending} pending` : "") : "";
  v.validation.className = "validation" + (q && q.mismatches > 0 ? " mismatch" : "");
  const suspects = new Set(q ? q.suspects : []);
  drawChart(v.chart, s.history);
  fillRows(v.workers.tBodies[0], s.workers.map((w) => [
    suspects.has(w.id) ? `${w.id} (suspect)` : w.id, w.done, w.inFlight, w.unitsPerSecond.toFixed(2), `${w.secondsSinceSeen.toFixed(0)} s ago`,
    el("td", { class: w.stalled ? "stalled" : "" }, w.stalled ? "STALLED" : ""),
  ]));
  fillRows(v.result.tBodies[0], (s.result || []).map((r) => [el("th", {}, r.field), r.value]));
  v.error.textContent = s.error || "";
  // The server-rendered plot is fetched once the sweep ends, not on every update.
  if (FINAL.has(s.state) && v.lastState !== s.state) {
    v.plot.src = v.base + "progress.svg?at=" + Date.now();
    v.plot.hidden = false;
  }
  v.lastState = s.state;
}

function render(snapshot) {
  $("self").textContent = snapshot.selfAddress;
  $("actions-mode").textContent = snapshot.actionsEnabled
    ? "Actions need the shared secret (CommandHost:Secret)."
    : "Read-only: this node has no shared secret, so start, pause, resume and cancel are refused.";
  renderMembers(snapshot.members);
  $("no-sweeps").hidden = snapshot.sweeps.length > 0;
  for (const s of snapshot.sweeps) renderSweep(s);
  $("error").textContent = snapshot.error || "";
}

async function act(url, body) {
  const status = $("action-status");
  status.className = "";
  status.textContent = "…";
  const headers = { "X-Expressivity-Secret": $("secret").value };
  try {
    const response = await fetch(url, { method: "POST", headers, body });
    const reply = await response.json();
    status.className = reply.ok ? "ok" : "refused";
    status.textContent = `${reply.ok ? "done" : "refused"} (${response.status}): ${reply.message}`;
  } catch (e) {
    status.className = "refused";
    status.textContent = "failed: " + e;
  }
}

function connect() {
  const source = new EventSource("/api/events");
  source.onopen = () => { $("connection").textContent = "live"; $("connection").className = "badge live"; };
  source.onmessage = (e) => render(JSON.parse(e.data));
  source.onerror = () => { $("connection").textContent = "reconnecting…"; $("connection").className = "badge down"; };
}

$("start").addEventListener("click", () => act("/api/sweeps", $("start-spec").value));
// The current state at once, then live updates.
fetch("/api/snapshot").then((r) => r.json()).then(render).catch(() => {});
connect();
