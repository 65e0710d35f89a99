// sitrep — the analyst's desk. Plain JavaScript over the JSON API (/api/openapi.json):
// a Leaflet map over Natural Earth boundaries (no tile server), a timeline whose brush
// filters the map, an incident panel (claims side by side by camp, grade and reason, toll
// per source, contradictions, history), documents with their evidence highlighted, and
// full-text search. Everything it loads comes from the server that served it.
"use strict";

// Uncaught errors and rejected promises, kept for the browser test and the console.
window.sitrepErrors = [];
window.addEventListener("error", (e) => window.sitrepErrors.push(`${e.message} (${e.filename}:${e.lineno})`));
window.addEventListener("unhandledrejection", (e) => window.sitrepErrors.push(`unhandled rejection: ${e.reason}`));

(function () {
  const GRADES = ["confirmed", "corroborated", "claimed", "contested"];
  const GRADE_COLOR = {
    confirmed: "#1b7837",
    corroborated: "#2166ac",
    claimed: "#d9730d",
    contested: "#b2182b",
  };
  const CAMP_ORDER = ["government", "rebel", "jihadist", "militia", "international", "civilian", "independent", "unattributed"];
  const FOCUS_COUNTRIES = new Set(["ML", "BF", "NE"]);
  const PAGE = 2500; // incidents per request
  const MAX_INCIDENTS = 5000; // drawn at most (the most recent first)
  const DAY = 86400000;

  const state = {
    ready: false,
    incidents: [],
    byId: new Map(),
    markers: new Map(), // id -> circle marker
    shapes: new Map(), // id -> uncertainty layer
    brush: null, // [t0, t1] in ms (UTC days)
    selected: null,
    current: null, // the incident shown in the panel
    searchDocs: null, // Set of document ids matching the search, or null
    lastSearch: null,
    truncated: false,
    token: sessionStorage.getItem("sitrep-token"),
    regions: new Map(), // folded name -> GeoJSON feature (admin-1 and countries)
    typesFilled: false,
    loadSeq: 0,
  };
  // For the browser test and the console: window.sitrep.select(id), .incidents, .ready.
  window.sitrep = state;

  const $ = (id) => document.getElementById(id);

  // ---------------------------------------------------------------- small helpers

  /** Builds an element; strings become text nodes (never HTML). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(e.dataset, v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c == null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function fold(s) {
    return (s || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\b(region|region de|cercle de|province du|province de la|province de|department)\b/g, " ")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }

  function day(s) {
    if (!s) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
  }

  function iso(t) {
    return new Date(t).toISOString().slice(0, 10);
  }

  function span(inc) {
    const d = inc.date || {};
    const s = day(d.start);
    const e = day(d.end) ?? s;
    return s == null ? null : [s, Math.max(s, e)];
  }

  function gradeChip(g) {
    return el("span", { class: `chip grade grade-${g}`, text: g });
  }

  function campChip(c) {
    const camp = c || "unattributed";
    return el("span", { class: `chip camp-${camp}`, text: camp });
  }

  function tollText(f) {
    if (!f || (f.low == null && f.best == null && f.high == null)) return "toll not stated";
    const { low, best, high } = f;
    if (low != null && high != null && low !== high) return `${low}–${high} killed (best ${best ?? low})`;
    return `${best ?? low ?? high} killed`;
  }

  function best(inc) {
    const f = inc.fatalities || {};
    return f.best ?? f.low ?? f.high ?? null;
  }

  const PRECISION_TIME = { 1: "to the day", 2: "to the week", 3: "to the month or vaguer" };
  const PRECISION_GEO = { 1: "town", 2: "near a town / part of a region", 3: "region" };
  const BEARINGS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];

  function placeText(loc) {
    if (!loc) return "place not stated";
    const parts = [loc.name];
    const where = [loc.admin1, loc.country].filter((x) => x && x !== loc.name);
    if (where.length) parts.push(`(${where.join(", ")})`);
    const o = loc.offset;
    if (o && o.distance_km != null) {
      const b = o.bearing_deg != null ? ` ${BEARINGS[Math.round(((o.bearing_deg % 360) + 360) / 45) % 8]} of` : " from";
      parts.push(`— ${Math.round(o.distance_km)} km${b} ${o.anchor}`);
    } else if (o && o.relation) {
      parts.push(`— ${o.relation} ${o.anchor}`);
    }
    return parts.join(" ");
  }

  function setStatus(text, error) {
    const s = $("status");
    s.textContent = text;
    s.classList.toggle("error", !!error);
  }

  // ---------------------------------------------------------------- the API

  async function askToken() {
    const d = $("token-dialog");
    $("token-input").value = "";
    d.showModal();
    await new Promise((r) => d.addEventListener("close", r, { once: true }));
    state.token = $("token-input").value.trim() || null;
    if (state.token) sessionStorage.setItem("sitrep-token", state.token);
  }

  async function api(path, retried) {
    const headers = { Accept: "application/json" };
    if (state.token) headers.Authorization = `Bearer ${state.token}`;
    const res = await fetch(path, { headers });
    if (res.status === 401 && !retried) {
      await askToken();
      return api(path, true);
    }
    let body;
    try {
      body = await res.json();
    } catch (_) {
      body = { error: `${res.status} ${res.statusText}` };
    }
    if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
    return body;
  }

  // ---------------------------------------------------------------- the map

  const map = L.map("map", { minZoom: 3, maxZoom: 13, zoomSnap: 0.5, worldCopyJump: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(
    'Boundaries: <a href="vendor/boundaries/README.md" target="_blank">Natural Earth</a> · <a href="vendor/leaflet/LICENSE" target="_blank">Leaflet</a>',
  );
  map.setView([16.5, -1], 5);
  state.map = map;
  map.createPane("boundaries").style.zIndex = 200;
  map.createPane("uncertainty").style.zIndex = 350;
  map.getPane("uncertainty").style.pointerEvents = "none";
  const markerLayer = L.featureGroup().addTo(map);
  const shapeLayer = L.layerGroup().addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  async function loadBoundaries() {
    try {
      const res = await fetch("vendor/boundaries/sahel.geojson");
      const data = await res.json();
      L.geoJSON(data, {
        pane: "boundaries",
        style: (f) =>
          f.properties.kind === "country"
            ? {
                color: "#8c8270",
                weight: 1.3,
                fillColor: FOCUS_COUNTRIES.has(f.properties.iso) ? "#fbf8ef" : "#ebe5d6",
                fillOpacity: 1,
              }
            : { color: "#b3a98f", weight: 0.7, dashArray: "3 3", fillOpacity: 0 },
        onEachFeature: (f, layer) => {
          const p = f.properties;
          const label = p.kind === "admin1" ? `${p.name}${p.region ? ` (${p.region})` : ""}, ${p.iso}` : p.name;
          layer.bindTooltip(label, { sticky: true, className: "admin-label", direction: "top" });
          for (const n of [p.name, p.name_fr]) {
            const k = fold(n);
            if (k && !(p.kind === "country" && state.regions.has(k))) state.regions.set(k, f);
          }
        },
      }).addTo(map);
    } catch (e) {
      setStatus(`boundaries not loaded: ${e.message}`, true);
    }
  }

  function markerRadius(inc) {
    const b = best(inc);
    return b == null ? 6 : Math.min(30, 6 + 2.4 * Math.sqrt(b));
  }

  /** The shape of a place's vagueness: a circle for "near"/offsets, an area for regions. */
  function uncertainty(inc, ll, color) {
    const loc = inc.location;
    const style = { pane: "uncertainty", interactive: false, color, weight: 1.2, dashArray: "5 4", fillColor: color, fillOpacity: 0.07 };
    if (loc.geo_precision >= 3) {
      const region = [loc.admin1, loc.name].map(fold).map((k) => state.regions.get(k)).find(Boolean);
      if (region) return L.geoJSON(region, { ...style, style: () => ({ ...style, fillOpacity: 0.12 }) });
      return L.circle(ll, { ...style, radius: 75000, fillOpacity: 0.1 });
    }
    const o = loc.offset;
    if (loc.geo_precision === 2 || o) {
      const km = o && o.distance_km != null ? Math.max(10, 0.3 * o.distance_km) : 15;
      return L.circle(ll, { ...style, radius: km * 1000 });
    }
    return null;
  }

  function tooltipText(inc) {
    const d = inc.date ? inc.date.value || inc.date.start : "undated";
    const where = inc.location ? inc.location.name : "";
    return `#${inc.id} · ${d} · ${inc.sub_event_type || inc.event_type} · ${where} · ${inc.grade} · ${tollText(inc.fatalities)}`;
  }

  function drawMarkers() {
    markerLayer.clearLayers();
    shapeLayer.clearLayers();
    state.markers.clear();
    state.shapes.clear();
    const located = state.incidents.filter((i) => i.location && i.location.lat != null && i.location.lon != null);
    // Big markers first, so that small ones stay clickable on top.
    located.sort((a, b) => markerRadius(b) - markerRadius(a));
    for (const inc of located) {
      const ll = [inc.location.lat, inc.location.lon];
      const color = GRADE_COLOR[inc.grade] || "#777";
      const shape = uncertainty(inc, ll, color);
      if (shape) state.shapes.set(inc.id, shape);
      const m = L.circleMarker(ll, {
        radius: markerRadius(inc),
        color: "#222",
        weight: 1,
        fillColor: color,
        fillOpacity: best(inc) == null ? 0.55 : 0.85,
        className: `incident-marker grade-${inc.grade} incident-${inc.id}`,
      });
      m.bindTooltip(tooltipText(inc), { direction: "top" });
      m.on("click", () => select(inc.id));
      m.incidentId = inc.id;
      m.home = L.latLng(ll);
      state.markers.set(inc.id, m);
    }
    spread();
    applyVisibility();
  }

  /** Incidents at the same point are set on a ring around it (in screen pixels, so the
   * ring keeps its size at every zoom), each tied to the point by a thin line. */
  const leaderLayer = L.layerGroup().addTo(map);
  function spread() {
    leaderLayer.clearLayers();
    const groups = new Map();
    for (const m of state.markers.values()) {
      if (!markerLayer.hasLayer(m) && state.brush) continue;
      const k = `${m.home.lat.toFixed(3)},${m.home.lng.toFixed(3)}`;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(m);
    }
    for (const ms of groups.values()) {
      if (ms.length === 1) {
        ms[0].setLatLng(ms[0].home);
        continue;
      }
      ms.sort((a, b) => a.incidentId - b.incidentId);
      const c = map.latLngToLayerPoint(ms[0].home);
      // A ring long enough for every marker side by side.
      const around = ms.reduce((n, m) => n + 2 * m.getRadius() + 3, 0);
      const r = Math.max(18, around / (2 * Math.PI));
      ms.forEach((m, i) => {
        const a = (2 * Math.PI * i) / ms.length - Math.PI / 2;
        const ll = map.layerPointToLatLng(L.point(c.x + r * Math.cos(a), c.y + r * Math.sin(a)));
        m.setLatLng(ll);
        leaderLayer.addLayer(L.polyline([m.home, ll], { color: "#555", weight: 0.8, opacity: 0.6, interactive: false }));
      });
      leaderLayer.addLayer(L.circleMarker(ms[0].home, { radius: 2.5, color: "#333", weight: 1, fillOpacity: 1, interactive: false }));
    }
  }
  map.on("zoomend", spread);

  function inBrush(inc) {
    if (!state.brush) return true;
    const s = span(inc);
    return s != null && s[0] <= state.brush[1] && s[1] >= state.brush[0];
  }

  function matchesSearch(inc) {
    return !state.searchDocs || inc.sources.some((s) => state.searchDocs.has(s.doc));
  }

  function applyVisibility() {
    let shown = 0;
    for (const inc of state.incidents) {
      const m = state.markers.get(inc.id);
      const vis = inBrush(inc);
      if (m) {
        if (vis && !markerLayer.hasLayer(m)) markerLayer.addLayer(m);
        if (!vis && markerLayer.hasLayer(m)) markerLayer.removeLayer(m);
        const sh = state.shapes.get(inc.id);
        if (sh) {
          if (vis && !shapeLayer.hasLayer(sh)) shapeLayer.addLayer(sh);
          if (!vis && shapeLayer.hasLayer(sh)) shapeLayer.removeLayer(sh);
        }
        const path = m.getElement && m.getElement();
        if (path) {
          path.dataset.incident = inc.id;
          path.classList.toggle("dimmed", !matchesSearch(inc));
          path.classList.toggle("selected", inc.id === state.selected);
        }
      }
      if (vis) shown++;
    }
    // Markers added back to the map keep their order; bring the selection forward.
    const sel = state.markers.get(state.selected);
    if (sel && markerLayer.hasLayer(sel)) sel.bringToFront();
    const total = state.incidents.length;
    const unlocated = state.incidents.filter((i) => !i.location || i.location.lat == null).length;
    let msg = `${shown} of ${total} incident${total === 1 ? "" : "s"}`;
    if (unlocated) msg += ` (${unlocated} without a place, not on the map)`;
    if (state.truncated) msg += ` — the ${MAX_INCIDENTS} most recent; narrow the filters`;
    setStatus(msg);
    drawTimeline();
  }

  // ---------------------------------------------------------------- loading and filters

  function filterParams() {
    const p = new URLSearchParams();
    const add = (k, id) => {
      const v = $(id).value.trim();
      if (v) p.set(k, v);
    };
    add("since", "f-since");
    add("until", "f-until");
    add("type", "f-type");
    add("actor", "f-actor");
    add("grade", "f-grade");
    add("near", "f-near");
    return p;
  }

  async function load(first) {
    const seq = ++state.loadSeq;
    setStatus("loading…");
    const all = [];
    let offset = 0;
    try {
      for (;;) {
        const p = filterParams();
        p.set("limit", String(PAGE));
        p.set("offset", String(offset));
        const page = await api(`/api/incidents?${p}`);
        if (seq !== state.loadSeq) return; // a newer load started
        all.push(...page.incidents);
        state.truncated = page.next_offset != null && all.length >= MAX_INCIDENTS;
        if (page.next_offset == null || all.length >= MAX_INCIDENTS) break;
        offset = page.next_offset;
      }
    } catch (e) {
      setStatus(e.message, true);
      return;
    }
    state.incidents = all;
    state.byId = new Map(all.map((i) => [i.id, i]));
    state.brush = null;
    $("brush-clear").hidden = true;
    $("brush-label").textContent = "Timeline: drag to select a period";
    if (!state.typesFilled) fillTypes(all);
    drawMarkers();
    if (first) {
      const b = markerLayer.getBounds();
      if (b.isValid()) map.fitBounds(b.pad(0.6), { maxZoom: 8 });
      const m = /^#incident-(\d+)$/.exec(location.hash);
      if (m) select(Number(m[1]));
    }
    state.ready = true;
  }

  function fillTypes(incs) {
    const types = new Map();
    for (const i of incs) {
      if (!types.has(i.event_type)) types.set(i.event_type, new Set());
      if (i.sub_event_type) types.get(i.event_type).add(i.sub_event_type);
    }
    const sel = $("f-type");
    for (const t of [...types.keys()].sort()) {
      const g = el("optgroup", { label: t });
      g.append(el("option", { value: t, text: `${t} (all)` }));
      for (const s of [...types.get(t)].sort()) g.append(el("option", { value: s, text: s }));
      sel.append(g);
    }
    state.typesFilled = incs.length > 0;
  }

  let debounce;
  function reloadSoon() {
    clearTimeout(debounce);
    debounce = setTimeout(() => load(false), 350);
  }
  for (const id of ["f-since", "f-until", "f-type", "f-grade"]) $(id).addEventListener("change", () => load(false));
  for (const id of ["f-actor", "f-near"]) {
    $(id).addEventListener("input", reloadSoon);
    $(id).addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        load(false);
      }
    });
  }
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  $("f-reset").addEventListener("click", () => {
    for (const id of ["f-since", "f-until", "f-type", "f-actor", "f-grade", "f-near"]) $(id).value = "";
    clearSearch();
    load(false);
  });

  // ---------------------------------------------------------------- the timeline

  const svgNS = "http://www.w3.org/2000/svg";
  const tl = { t0: 0, t1: 1, left: 36, width: 1, drag: null };
  state.timeline = tl;

  function svgEl(tag, attrs) {
    const e = document.createElementNS(svgNS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  function binOf(t, unit) {
    const d = new Date(t);
    if (unit === "day") return t;
    if (unit === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  }

  function binEnd(b, unit) {
    if (unit === "day") return b + DAY;
    if (unit === "week") return b + 7 * DAY;
    const d = new Date(b);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }

  function drawTimeline() {
    const svg = $("timeline");
    svg.replaceChildren();
    const W = svg.clientWidth || 800;
    const H = svg.clientHeight || 110;
    const dated = state.incidents.map((i) => [i, span(i)]).filter(([, s]) => s);
    if (!dated.length) {
      svg.append(Object.assign(svgEl("text", { x: 12, y: 24, class: "axis" }), { textContent: "no dated incidents" }));
      return;
    }
    let t0 = Math.min(...dated.map(([, s]) => s[0]));
    let t1 = Math.max(...dated.map(([, s]) => s[1]));
    t0 -= DAY;
    t1 += 2 * DAY;
    const plotW = W - tl.left - 12;
    const days = (t1 - t0) / DAY;
    const unit = days <= plotW / 4 ? "day" : days / 7 <= plotW / 4 ? "week" : "month";
    t0 = binOf(t0, unit);
    Object.assign(tl, { t0, t1, width: plotW, unit });
    const x = (t) => tl.left + ((t - t0) / (t1 - t0)) * plotW;
    const bins = new Map();
    for (const [inc, s] of dated) {
      const b = binOf(s[0], unit);
      if (!bins.has(b)) bins.set(b, { n: 0, by: {}, out: 0 });
      const e = bins.get(b);
      e.n++;
      e.by[inc.grade] = (e.by[inc.grade] || 0) + 1;
      if (!inBrush(inc)) e.out++;
    }
    const max = Math.max(...[...bins.values()].map((b) => b.n));
    const base = H - 18;
    const hUnit = (base - 6) / max;
    for (const [b, e] of bins) {
      const x0 = x(b);
      const w = Math.max(1, x(binEnd(b, unit)) - x0 - 1);
      let y = base;
      for (const g of GRADES) {
        const n = e.by[g] || 0;
        if (!n) continue;
        const h = n * hUnit;
        y -= h;
        const r = svgEl("rect", { x: x0, y, width: w, height: h, fill: GRADE_COLOR[g], class: `bar${e.out === e.n ? " out" : ""}` });
        const title = svgEl("title", {});
        title.textContent = `${iso(b)}${unit === "day" ? "" : ` (${unit})`}: ${e.n} incident${e.n > 1 ? "s" : ""}`;
        r.append(title);
        svg.append(r);
      }
    }
    // Axis: about one label per 90 px.
    const axis = svgEl("g", { class: "axis" });
    axis.append(svgEl("line", { x1: tl.left, x2: tl.left + plotW, y1: base + 0.5, y2: base + 0.5 }));
    const steps = [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 182 * DAY, 365 * DAY, 730 * DAY, 1826 * DAY];
    const step = steps.find((s) => (plotW / ((t1 - t0) / s)) >= 90) || steps[steps.length - 1];
    let t = step >= 30 * DAY ? binOf(t0, "month") : t0;
    for (; t <= t1; ) {
      const xx = x(t);
      if (xx >= tl.left) {
        axis.append(svgEl("line", { x1: xx, x2: xx, y1: base, y2: base + 4 }));
        const label = svgEl("text", { x: xx + 2, y: base + 14 });
        label.textContent = step >= 365 * DAY ? iso(t).slice(0, 4) : step >= 30 * DAY ? iso(t).slice(0, 7) : iso(t);
        axis.append(label);
      }
      if (step >= 30 * DAY) {
        const d = new Date(t);
        t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + Math.round(step / (30 * DAY)), 1);
      } else t += step;
    }
    const ylab = svgEl("text", { x: 2, y: 12 });
    ylab.textContent = String(max);
    axis.append(ylab);
    svg.append(axis);
    if (state.brush) {
      const bx0 = Math.max(tl.left, x(state.brush[0]));
      const bx1 = Math.min(tl.left + plotW, x(state.brush[1] + DAY));
      svg.append(svgEl("rect", { x: bx0, y: 2, width: Math.max(2, bx1 - bx0), height: base - 2, class: "brush" }));
    }
    if (tl.drag) {
      const a = Math.min(tl.drag.x0, tl.drag.x1);
      svg.append(svgEl("rect", { x: a, y: 2, width: Math.abs(tl.drag.x1 - tl.drag.x0), height: base - 2, class: "brush" }));
    }
  }

  function xToDay(px) {
    const t = tl.t0 + ((px - tl.left) / tl.width) * (tl.t1 - tl.t0);
    return Math.floor(Math.min(Math.max(t, tl.t0), tl.t1) / DAY) * DAY;
  }

  function setBrush(b) {
    state.brush = b;
    const lbl = $("brush-label");
    if (b) {
      const n = state.incidents.filter(inBrush).length;
      lbl.textContent = `Showing ${iso(b[0])} → ${iso(b[1])}: ${n} incident${n === 1 ? "" : "s"}`;
    } else {
      lbl.textContent = "Timeline: drag to select a period";
    }
    $("brush-clear").hidden = !b;
    applyVisibility();
    spread();
  }

  const tsvg = $("timeline");
  tsvg.addEventListener("pointerdown", (e) => {
    const r = tsvg.getBoundingClientRect();
    tl.drag = { x0: e.clientX - r.left, x1: e.clientX - r.left };
    tsvg.setPointerCapture(e.pointerId);
  });
  tsvg.addEventListener("pointermove", (e) => {
    if (!tl.drag) return;
    tl.drag.x1 = e.clientX - tsvg.getBoundingClientRect().left;
    drawTimeline();
  });
  tsvg.addEventListener("pointerup", (e) => {
    if (!tl.drag) return;
    const { x0, x1 } = tl.drag;
    tl.drag = null;
    tsvg.releasePointerCapture(e.pointerId);
    if (Math.abs(x1 - x0) < 4) {
      // A click: the period of the bar under the pointer, or nothing.
      const d = xToDay(x0);
      const b = binOf(d, tl.unit);
      const has = state.incidents.some((i) => {
        const s = span(i);
        return s && binOf(s[0], tl.unit) === b;
      });
      setBrush(has ? [b, binEnd(b, tl.unit) - DAY] : null);
      return;
    }
    setBrush([xToDay(Math.min(x0, x1)), xToDay(Math.max(x0, x1))]);
  });
  $("brush-clear").addEventListener("click", () => setBrush(null));
  window.addEventListener("resize", () => drawTimeline());

  // ---------------------------------------------------------------- the incident panel

  const panel = $("panel-body");

  function show(...nodes) {
    panel.replaceChildren(...nodes.flat(Infinity).filter((n) => n != null && n !== false));
    $("panel").scrollTop = 0;
  }

  async function select(id) {
    state.selected = id;
    applyVisibility();
    const m = state.markers.get(id);
    if (m && !map.getBounds().contains(m.getLatLng())) map.panTo(m.getLatLng());
    let inc;
    try {
      inc = await api(`/api/incidents/${id}`);
    } catch (e) {
      show(el("p", { class: "error", text: `Incident ${id}: ${e.message}` }));
      return;
    }
    if (state.selected !== id) return;
    state.current = inc;
    history.replaceState(null, "", `#incident-${id}`);
    show(renderIncident(inc));
  }
  state.select = select;

  function renderIncident(inc) {
    const d = inc.date;
    const when = !d ? "date not stated" : d.start && d.end && d.start !== d.end ? `${d.start} → ${d.end}` : d.start || d.value;
    const loc = inc.location;
    const head = el(
      "div",
      { class: "inc-head" },
      gradeChip(inc.grade),
      " ",
      el("span", { class: "meta", text: `incident #${inc.id}${inc.background ? " · background" : ""}` }),
      el("h2", { text: `${inc.sub_event_type || inc.event_type}` }),
      el("div", { class: "meta", text: `${inc.event_type} · ${when}${d ? ` (${PRECISION_TIME[d.precision] || "precision " + d.precision})` : ""}` }),
      el("div", { class: "meta", text: `${placeText(loc)}${loc ? ` · ${PRECISION_GEO[loc.geo_precision] || ""}` : ""}` }),
    );
    const actor = (a, assoc) =>
      a
        ? el("span", {}, el("b", { text: a.name }), " ", campChip(a.camp), assoc && assoc.length ? ` with ${assoc.map((x) => x.name).join(", ")}` : "")
        : el("span", { class: "meta", text: "—" });
    const actors = el("div", { class: "actors" }, actor(inc.actor1, inc.assoc_actor_1), el("span", { class: "vs", text: "vs" }), actor(inc.actor2, inc.assoc_actor_2));

    const grade = el("section", { class: "block grade-block" }, el("h3", { text: "Grade" }), gradeChip(inc.grade), el("p", { class: "reason", text: inc.grade_reason || "" }));

    const m = state.markers.get(inc.id);
    const zoom = m
      ? el("button", { class: "link", type: "button", text: "zoom to it on the map", onclick: () => map.setView(m.home, Math.max(map.getZoom(), 9)) })
      : el("span", { class: "meta", text: "not on the map (no place)" });
    head.append(el("div", { class: "meta" }, zoom));
    return el("div", { class: "incident", dataset: { incident: inc.id } }, head, actors, grade, renderClaims(inc), renderToll(inc), renderContradictions(inc), renderSources(inc), renderHistory(inc), renderAlso(inc));
  }

  function renderToll(inc) {
    const f = inc.fatalities || {};
    const rows = (f.by_source || []).map((t) => {
      const fig = t.killed != null ? String(t.killed) : "—";
      const range = t.low != null && t.high != null && t.low !== t.high ? ` (${t.low}–${t.high})` : "";
      return el(
        "tr",
        {},
        el("td", { text: t.origin }),
        el("td", {}, campChip(t.camp)),
        el("td", { class: "n", text: fig + range }),
        el("td", {}, ...(t.docs || []).map((doc, i) => [i ? ", " : "", docLink(doc, doc, {})])),
      );
    });
    return el(
      "section",
      { class: "block toll" },
      el("h3", { text: "Deaths" }),
      el("div", { class: `toll-range${f.disputed ? " disputed" : ""}`, text: tollText(f) }),
      rows.length
        ? el("table", { class: "tolls" }, el("tr", {}, el("th", { text: "origin" }), el("th", { text: "camp" }), el("th", { text: "killed" }), el("th", { text: "documents" })), rows)
        : el("p", { class: "meta", text: "No source gives a figure." }),
    );
  }

  /** Voices grouped by camp; the same words from several documents are one claim. */
  function renderClaims(inc) {
    const camps = new Map();
    for (const s of inc.sources || []) {
      const voices = s.voices && s.voices.length ? s.voices : [{ name: s.outlet || s.doc, camp: s.camp, kind: "writer", stance: "asserts", hedged: false, text: "", span: (s.evidence || [])[0] }];
      for (const v of voices) {
        const camp = v.camp || (v.kind === "writer" ? s.camp : null) || "unattributed";
        if (!camps.has(camp)) camps.set(camp, new Map());
        const key = [v.name, v.stance, v.hedged, fold(v.text)].join("|");
        const claims = camps.get(camp);
        if (!claims.has(key)) claims.set(key, { v, in: [] });
        claims.get(key).in.push({ s, span: v.span });
      }
    }
    const order = [...camps.keys()].sort((a, b) => {
      const ia = CAMP_ORDER.indexOf(a), ib = CAMP_ORDER.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
    const cols = order.map((camp) => {
      const claims = [...camps.get(camp).values()];
      return el(
        "div",
        { class: `camp camp-col-${camp}`, dataset: { camp } },
        el("h4", {}, campChip(camp), ` ${claims.length} claim${claims.length > 1 ? "s" : ""}`),
        claims.map(({ v, in: where }) =>
          el(
            "div",
            { class: `claim ${v.stance}` },
            el("span", { class: "who", text: v.kind === "writer" ? `${where[0].s.outlet || where[0].s.doc} (in its own words)` : v.name }),
            " ",
            v.kind && v.kind !== "writer" ? el("span", { class: "kind", text: v.kind }) : null,
            " ",
            v.stance === "denies" ? el("span", { class: "stance denies", text: "denies" }) : null,
            " ",
            v.hedged ? el("span", { class: "stance hedged", text: "hedged" }) : null,
            v.text ? el("blockquote", { text: v.text }) : null,
            el(
              "div",
              { class: "via" },
              "in ",
              where.map((w, i) => [i ? ", " : "", docLink(w.s.doc, w.s.outlet || w.s.doc, { spans: w.span ? [w.span] : [], evidence: w.s.evidence })]),
            ),
          ),
        ),
      );
    });
    return el("section", { class: "block claims" }, el("h3", { text: "Who says what" }), cols.length ? el("div", { class: "camps" }, cols) : el("p", { class: "meta", text: "No source." }));
  }

  function renderContradictions(inc) {
    const cs = inc.contradictions || [];
    if (!cs.length) return el("section", { class: "block" }, el("h3", { text: "Contradictions" }), el("p", { class: "meta", text: "None found between the sources." }));
    const side = (s) =>
      el("div", { class: "side" }, el("b", { text: s.speaker || s.origin }), " ", campChip(s.camp), el("blockquote", { text: s.text }), docLink(s.doc, s.doc, { spans: s.span ? [s.span] : [] }));
    return el(
      "section",
      { class: "block" },
      el("h3", { text: `Contradictions (${cs.length})` }),
      cs.map((c) => el("div", { class: "contradiction" }, el("span", { class: "chip grade-contested", text: c.kind }), " ", c.summary, el("div", { class: "sides" }, side(c.a), side(c.b)))),
    );
  }

  function renderSources(inc) {
    const ss = inc.sources || [];
    const origins = new Set(ss.map((s) => s.origin));
    return el(
      "section",
      { class: "block" },
      el("h3", { text: `Sources: ${ss.length} document${ss.length === 1 ? "" : "s"}, ${origins.size} origin${origins.size === 1 ? "" : "s"}` }),
      el(
        "table",
        { class: "tolls" },
        el("tr", {}, el("th", { text: "document" }), el("th", { text: "published" }), el("th", { text: "origin (how found)" }), el("th", { text: "camp" }), el("th", { text: "killed" })),
        ss.map((s) =>
          el(
            "tr",
            {},
            el("td", {}, docLink(s.doc, s.title || s.outlet || s.doc, { evidence: s.evidence, spans: (s.voices || []).map((v) => v.span) }), s.outlet && s.title ? el("div", { class: "meta", text: s.outlet }) : null),
            el("td", { text: s.published || "" }),
            el("td", { text: `${s.origin}${s.origin_via ? ` (${s.origin_via})` : ""}` }),
            el("td", {}, campChip(s.camp)),
            el("td", { class: "n", text: s.killed != null ? String(s.killed) : "—" }),
          ),
        ),
      ),
    );
  }

  function renderHistory(inc) {
    const h = inc.history || [];
    return el(
      "section",
      { class: "block" },
      el("h3", { text: "History" }),
      h.length ? el("ol", { class: "history" }, h.map((e) => el("li", {}, el("time", { text: e.at.replace("T", " ").slice(0, 19) }), el("b", { text: e.change }), " ", e.reason))) : el("p", { class: "meta", text: "No recorded change." }),
    );
  }

  /** Other incidents at the same point (markers there overlap). */
  function renderAlso(inc) {
    const l = inc.location;
    if (!l || l.lat == null) return null;
    const key = (x) => `${x.location.lat.toFixed(3)},${x.location.lon.toFixed(3)}`;
    const here = key(inc);
    const others = state.incidents.filter((o) => o.id !== inc.id && o.location && o.location.lat != null && key(o) === here);
    if (!others.length) return null;
    return el(
      "section",
      { class: "block also" },
      el("h3", { text: `Also at this point (${others.length})` }),
      el("ul", {}, others.map((o) => el("li", {}, el("button", { class: "link", type: "button", text: `#${o.id}`, onclick: () => select(o.id) }), ` ${o.date ? o.date.value || o.date.start : ""} · ${o.sub_event_type} · `, gradeChip(o.grade)))),
    );
  }

  function docLink(doc, label, highlight) {
    return el("button", { class: "link doc-link", type: "button", text: label, title: doc, dataset: { doc }, onclick: () => openDocument(doc, highlight) });
  }

  // ---------------------------------------------------------------- documents

  const LAYERS = [
    ["event", "events", (a) => (a.events || []).flatMap((e) => e.evidence || [])],
    ["claim", "claims", (a) => (a.claims || []).map((c) => c.span)],
    ["time", "times", (a) => ((a.mentions || {}).times || []).map((m) => m.span)],
    ["place", "places", (a) => ((a.mentions || {}).places || []).map((m) => m.span)],
    ["actor", "actors", (a) => ((a.mentions || {}).actors || []).map((m) => m.span)],
    ["quantity", "quantities", (a) => ((a.mentions || {}).quantities || []).map((m) => m.span)],
  ];
  const layerOn = new Set();

  /** The text with spans (byte offsets into its UTF-8) wrapped in classed <span>s. */
  function highlighted(text, layers) {
    const bytes = new TextEncoder().encode(text);
    const dec = new TextDecoder();
    const n = bytes.length;
    const marks = [];
    for (const { cls, spans } of layers) {
      for (const s of spans || []) {
        if (!Array.isArray(s) || s.length < 2) continue;
        const a = Math.max(0, Math.min(n, s[0])), b = Math.max(0, Math.min(n, s[1]));
        if (b > a) marks.push([a, b, cls]);
      }
    }
    const cuts = [...new Set([0, n, ...marks.flatMap(([a, b]) => [a, b])])].sort((x, y) => x - y);
    const out = el("div", { class: "doc-text" });
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i], b = cuts[i + 1];
      const piece = dec.decode(bytes.subarray(a, b));
      const cls = [...new Set(marks.filter(([x, y]) => x <= a && y >= b).map(([, , c]) => c))];
      out.append(cls.length ? el("span", { class: cls.join(" "), text: piece }) : document.createTextNode(piece));
    }
    return out;
  }

  async function openDocument(id, highlight) {
    let d;
    try {
      d = await api(`/api/documents/${encodeURIComponent(id)}`);
    } catch (e) {
      show(backButton(), el("p", { class: "error", text: `Document ${id}: ${e.message}` }));
      return;
    }
    const h = highlight || {};
    const ann = d.annotations || {};
    const body = el("div", {});
    const draw = () => {
      const layers = [{ cls: "evidence", spans: h.evidence || [] }, { cls: "voice", spans: h.spans || [] }];
      for (const [key, , get] of LAYERS) if (layerOn.has(key)) layers.push({ cls: `l-${key}`, spans: get(ann) });
      body.replaceChildren(highlighted(d.text, layers));
    };
    const toggles = el(
      "div",
      { class: "layers" },
      "show: ",
      LAYERS.map(([key, label, get]) =>
        el(
          "label",
          {},
          el("input", {
            type: "checkbox",
            checked: layerOn.has(key),
            onchange: (e) => {
              if (e.target.checked) layerOn.add(key);
              else layerOn.delete(key);
              draw();
            },
          }),
          ` ${label} (${get(ann).length})`,
        ),
      ),
    );
    draw();
    const meta = [d.outlet, d.published && `${d.published}${d.published_inferred ? " (inferred)" : ""}`, d.lang, d.id].filter(Boolean).join(" · ");
    show(
      backButton(),
      el("div", { class: "doc-head" }, el("h2", { text: d.title || d.id }), el("div", { class: "meta", text: meta }), d.url ? el("div", { class: "meta", text: d.url }) : null),
      toggles,
      el("p", { class: "meta" }, el("span", { class: "evidence-key", text: "yellow" }), ": the incident's evidence; underlined: what the speaker says"),
      body,
    );
    const first = body.querySelector(".evidence, .voice");
    if (first) first.scrollIntoView({ block: "center" });
  }

  function backButton() {
    const to = state.current ? `incident #${state.current.id}` : state.lastSearch ? "the search results" : null;
    if (!to) return el("span");
    return el("div", { class: "back" }, el("button", { class: "link", type: "button", text: `← back to ${to}`, onclick: () => (state.current ? show(renderIncident(state.current)) : renderSearch(state.lastSearch)) }));
  }

  // ---------------------------------------------------------------- search

  async function search(q) {
    if (!q.trim()) {
      clearSearch();
      return;
    }
    let r;
    try {
      r = await api(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
    } catch (e) {
      show(el("p", { class: "error", text: `Search: ${e.message}` }));
      return;
    }
    state.lastSearch = r;
    state.current = null;
    state.searchDocs = new Set(r.hits.map((h) => h.doc));
    applyVisibility();
    renderSearch(r);
  }

  function renderSearch(r) {
    const hits = r.hits.map((h) => {
      const incs = state.incidents.filter((i) => i.sources.some((s) => s.doc === h.doc));
      const snip = el("div", { class: "snip" });
      snip.innerHTML = h.snippet_html; // escaped by the server; only <mark> is markup
      return el(
        "div",
        { class: "hit" },
        docLink(h.doc, h.title || h.doc, {}),
        el("div", { class: "meta", text: [h.outlet, h.published].filter(Boolean).join(" · ") }),
        snip,
        incs.length ? el("div", { class: "also" }, "incidents: ", incs.map((i, k) => [k ? ", " : "", el("button", { class: "link", type: "button", text: `#${i.id} ${i.sub_event_type}`, onclick: () => select(i.id) })])) : null,
      );
    });
    show(
      el("div", { class: "meta" }, `${r.count} document${r.count === 1 ? "" : "s"} match “${r.query}”; incidents from other documents are dimmed. `, el("button", { class: "link", type: "button", text: "clear search", onclick: clearSearch })),
      ...(hits.length ? hits : [el("p", { text: "Nothing found." })]),
    );
  }

  function clearSearch() {
    state.searchDocs = null;
    state.lastSearch = null;
    $("search").value = "";
    applyVisibility();
  }

  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    search($("search").value);
  });

  // ---------------------------------------------------------------- legend and start

  function legend() {
    const l = $("legend");
    l.append(
      ...GRADES.map((g) => el("div", {}, el("i", { style: `background:${GRADE_COLOR[g]}` }), g)),
      el("div", {}, el("i", { class: "u" }), "vague place (near, offset, region)"),
      el("div", { class: "meta", text: "size: deaths (best figure)" }),
    );
  }

  legend();
  loadBoundaries().then(() => load(true));
})();
