// careerpath web app: the page's behaviour, in plain JavaScript with no
// libraries and no build step. It holds no model of careers: every number
// it shows comes from the careerpath API on the same server (openapi.json),
// and it only arranges those numbers into lists and SVG charts.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';

  // What the person has told the page. Skills hold, per skill id, its name,
  // the level typical for the current role, the level shown, and whether
  // the person moved it (stated) or it is the role's typical level (assumed).
  const state = {
    graph: '',
    graphs: [],
    scale: { min: 0, max: 5 },
    role: null,        // {id, title}
    goals: [],         // [{id, title}]
    skills: new Map(), // id -> {name, typical, level, stated, importance, source}
    target: '',
    recommendations: [],
    showAllSkills: false,
  };

  // ---------------------------------------------------------------- API --

  class ApiError extends Error {
    constructor(error) {
      super(error.message);
      this.status = error.status;
      this.kind = error.kind;
      this.pointer = error.pointer;
      this.parameter = error.parameter;
    }
  }

  // One request; a newer request of the same `slot` aborts the older one, so
  // that a slider dragged quickly never shows an older answer last.
  const inFlight = new Map();
  async function api(path, { body, slot, text } = {}) {
    let signal;
    if (slot) {
      if (inFlight.has(slot)) inFlight.get(slot).abort();
      const controller = new AbortController();
      inFlight.set(slot, controller);
      signal = controller.signal;
    }
    const options = { method: body === undefined ? 'GET' : 'POST', signal, headers: {} };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(path, options);
    if (!response.ok) {
      let error = { status: response.status, message: response.statusText };
      try { error = (await response.json()).error; } catch (ignored) { /* not JSON */ }
      throw new ApiError(error);
    }
    return text ? response.text() : response.json();
  }

  function query(params) {
    const search = new URLSearchParams({ graph: state.graph });
    for (const [name, value] of Object.entries(params || {})) {
      if (Array.isArray(value)) value.forEach((v) => search.append(name, v));
      else if (value !== undefined && value !== null) search.set(name, value);
    }
    return search.toString();
  }

  const aborted = (e) => e && e.name === 'AbortError';

  function debounce(fn, ms) {
    let timer = 0;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  // ---------------------------------------------------------- formatting --

  const pct = (x) => `${Math.round(x * 100)}%`;
  const yrs = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} y`;
  const lvl = (x) => (Math.round(x * 10) / 10).toString();

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c) node.append(c);
    return node;
  }

  function setStatus(id, message, isError) {
    const node = $(id);
    node.textContent = message || '';
    node.classList.toggle('error', Boolean(isError));
  }

  // ------------------------------------------------------------ combobox --

  // A text box with live candidates from /api/resolve, after the ARIA
  // combobox pattern: arrows move, Enter picks, Escape closes.
  function combobox(input, listbox, onPick) {
    let options = [];
    let active = -1;

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function highlight(index) {
      active = index;
      [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
      if (index >= 0) {
        const li = listbox.children[index];
        input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      }
    }
    function pick(index) {
      const candidate = options[index];
      if (!candidate) return;
      close();
      onPick(candidate);
    }
    const search = debounce(async () => {
      const text = input.value.trim();
      if (text.length < 2) { close(); return; }
      try {
        const doc = await api(`/api/resolve?${query({ q: text, limit: 8 })}`, { slot: input.id });
        options = doc.candidates;
        listbox.replaceChildren(...options.map((c, i) => el('li', {
          id: `${listbox.id}-${i}`, role: 'option', 'aria-selected': 'false',
          onmousedown: (event) => { event.preventDefault(); pick(i); },
        }, c.title, el('span', {
          class: 'meta',
          text: `${c.id} · ${c.track} · level ${c.level}` + (c.matched && c.matched !== c.title ? ` · as "${c.matched}"` : ''),
        }))));
        if (options.length === 0) {
          listbox.replaceChildren(el('li', { role: 'option', 'aria-disabled': 'true', text: 'No role matches; try other words' }));
        }
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        highlight(options.length ? 0 : -1);
      } catch (e) {
        if (!aborted(e)) close();
      }
    }, 120);

    input.addEventListener('input', search);
    input.addEventListener('keydown', (event) => {
      if (listbox.hidden) {
        if (event.key === 'ArrowDown') search();
        return;
      }
      if (event.key === 'ArrowDown') { event.preventDefault(); highlight(Math.min(active + 1, options.length - 1)); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(Math.max(active - 1, 0)); }
      else if (event.key === 'Enter') { event.preventDefault(); pick(active); }
      else if (event.key === 'Escape') { event.preventDefault(); close(); }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
  }

  // -------------------------------------------------------------- skills --

  // The sliders: the current role's requirements, then those of the goals,
  // each starting at the level typical for the current role.
  async function loadSkills() {
    if (!state.role) return;
    const roles = [state.role.id, ...state.goals.map((g) => g.id)];
    let docs;
    try {
      docs = await Promise.all(roles.map((id) => api(`/api/roles/${encodeURIComponent(id)}?${query()}`)));
    } catch (e) {
      setStatus('about-status', e.message, true);
      return;
    }
    const typical = new Map(docs[0].requirements.map((r) => [r.skill, r.level]));
    const next = new Map();
    docs.forEach((doc, i) => {
      for (const r of doc.requirements) {
        if (next.has(r.skill)) continue;
        const before = state.skills.get(r.skill);
        const base = typical.get(r.skill) ?? 0;
        next.set(r.skill, {
          name: r.name,
          typical: base,
          level: before && before.stated ? before.level : base,
          stated: Boolean(before && before.stated),
          importance: r.importance,
          source: i === 0 ? null : doc.title,
        });
      }
    });
    // Skills the person stated that no chosen role asks for stay too.
    for (const [id, s] of state.skills) if (s.stated && !next.has(id)) next.set(id, { ...s, typical: typical.get(id) ?? 0 });
    state.skills = next;  // in each role's order: most important first
    renderSkills();
    refresh();
  }

  // The skills that matter most: the role's ten most important and each
  // goal's five most important it does not share, and any the person moved;
  // the rest (an O*NET role lists dozens) behind "Show all".
  function shownSkills() {
    const entries = [...state.skills.entries()];
    if (state.showAllSkills) return entries;
    const perSource = new Map();
    return entries.filter(([, s]) => {
      const key = s.source || '';
      const count = perSource.get(key) || 0;
      perSource.set(key, count + 1);
      return s.stated || count < (key ? 5 : 10);
    });
  }

  function renderSkills() {
    const { min, max } = state.scale;
    const rows = [];
    const shown = shownSkills();
    for (const [id, s] of shown) {
      const inputId = `skill-${id}`;
      const slider = el('input', {
        type: 'range', id: inputId, min, max, step: 0.5, value: s.level, 'data-skill': id,
        'aria-describedby': `${inputId}-note`,
        'aria-valuetext': `${lvl(s.level)} of ${max}`,
      });
      const output = el('output', { for: inputId, text: lvl(s.level) });
      const row = el('div', { class: `skill${s.stated ? ' changed' : ''}` },
        el('label', { for: inputId, text: s.name }), output,
        el('div', { class: 'track' }, slider,
          el('span', { class: 'typical', style: `left:${((s.typical - min) / (max - min)) * 100}%`, 'aria-hidden': 'true' })),
        el('span', { class: 'note', id: `${inputId}-note`,
          text: `typical for your role: ${lvl(s.typical)}` + (s.source ? ` · needed by ${s.source}` : '') }));
      slider.addEventListener('input', () => {
        s.level = Number(slider.value);
        s.stated = s.level !== s.typical;
        output.textContent = lvl(s.level);
        slider.setAttribute('aria-valuetext', `${lvl(s.level)} of ${max}`);
        row.classList.toggle('changed', s.stated);
        refresh();
      });
      rows.push(row);
    }
    if (shown.length < state.skills.size || state.showAllSkills) {
      rows.push(el('button', {
        type: 'button', class: 'more', 'aria-expanded': String(state.showAllSkills),
        text: state.showAllSkills ? 'Show only the main skills' : `Show all ${state.skills.size} skills`,
        onclick: () => { state.showAllSkills = !state.showAllSkills; renderSkills(); },
      }));
    }
    $('skills').replaceChildren(...rows);
    $('skills-field').disabled = state.skills.size === 0;
    $('download').disabled = !state.role;
  }

  // --------------------------------------------------------------- person --

  function profile(goals) {
    const skills = {};
    for (const [id, s] of state.skills) skills[id] = s.level;
    const years = Number($('years').value);
    return {
      format: 'careerpath.profile/1',
      id: 'me',
      current_role: state.role.id,
      years_in_role: Number.isFinite(years) && years >= 0 ? years : 0,
      skills,
      goals: goals ?? state.goals.map((g) => g.id),
    };
  }

  async function chooseRole(candidate) {
    state.role = { id: candidate.id, title: candidate.title };
    $('role-input').value = candidate.title;
    const chosen = $('role-chosen');
    chosen.replaceChildren('Your role: ', el('strong', { text: candidate.title }), ` (${candidate.id})`);
    state.goals = state.goals.filter((g) => g.id !== candidate.id);
    renderGoals();
    await loadSkills();
  }

  function renderGoals() {
    $('goals').replaceChildren(...state.goals.map((g) => el('li', {},
      g.title,
      el('button', {
        type: 'button', 'aria-label': `Remove goal ${g.title}`, text: '×',
        onclick: () => { state.goals = state.goals.filter((x) => x.id !== g.id); renderGoals(); loadSkills(); },
      }))));
  }

  function addGoal(candidate) {
    $('goal-input').value = '';
    if (state.goals.some((g) => g.id === candidate.id) || (state.role && state.role.id === candidate.id)) return;
    state.goals.push({ id: candidate.id, title: candidate.title });
    state.target = candidate.id;
    renderGoals();
    loadSkills();
  }

  // -------------------------------------------------------------- results --

  const refresh = debounce(() => { if (state.role) updateResults(); }, 180);
  const refreshChances = debounce(() => updateChances(), 500);

  async function updateResults() {
    $('results-empty').hidden = true;
    $('results-body').hidden = false;
    const list = $('recommendations');
    list.classList.add('busy');
    try {
      const doc = await api(`/api/recommend?${query({ top: 5 })}`, { body: profile(), slot: 'recommend' });
      state.recommendations = doc.recommendations;
      renderRecommendations(doc);
      setStatus('about-status', '');
    } catch (e) {
      if (aborted(e)) return;
      setStatus('about-status', e.message, true);
      return;
    } finally {
      list.classList.remove('busy');
    }
    renderTargets();
    updateTarget();
  }

  function renderRecommendations(doc) {
    $('recommendations').replaceChildren(...doc.recommendations.map((r) => el('li', { class: `card${r.is_goal ? ' goal' : ''}` },
      el('h4', {}, `${r.rank}. ${r.role.title} `, el('span', { class: 'role-id', text: r.role.id }),
        r.is_goal ? el('span', { class: 'badge', text: 'goal' }) : null),
      el('div', { class: 'score' },
        el('span', {}, 'score ', el('strong', { text: r.score.toFixed(2) })),
        el('span', {}, 'fit ', el('strong', { text: pct(r.components.fit) })),
        el('span', {}, 'move ', el('strong', { text: r.move ? r.move.kind : 'none usual' }))),
      el('ul', {}, r.reasons.map((reason) => el('li', { text: reason }))),
      el('button', {
        type: 'button', text: `Look closer at ${r.role.title}`,
        onclick: () => { state.target = r.role.id; renderTargets(); updateTarget(); },
      }))));
  }

  function renderTargets() {
    const select = $('target');
    const seen = new Set();
    const entries = [];
    for (const g of state.goals) { seen.add(g.id); entries.push([g.id, `${g.title} (your goal)`]); }
    for (const r of state.recommendations) if (!seen.has(r.role.id)) { seen.add(r.role.id); entries.push([r.role.id, r.role.title]); }
    if (!seen.has(state.target)) state.target = entries.length ? entries[0][0] : '';
    select.replaceChildren(...entries.map(([id, label]) => el('option', { value: id, text: label, selected: id === state.target })));
    const title = (entries.find(([id]) => id === state.target) || [, ''])[1].replace(' (your goal)', '');
    document.querySelectorAll('.target-name').forEach((n) => { n.textContent = title; });
  }

  async function updateTarget() {
    if (!state.target) return;
    const person = profile();
    const gap = api(`/api/gap?${query({ role: state.target })}`, { body: person, slot: 'gap' })
      .then(renderGap)
      .catch((e) => { if (!aborted(e)) setStatus('gap-summary', e.message, true); });
    const path = api(`/api/path?${query({ to: state.target, k: 3 })}`, { body: person, slot: 'path' })
      .then(renderRoutes)
      .catch((e) => {
        if (aborted(e)) return;
        setStatus('route-summary', e.message, true);
        $('route-chart').replaceChildren();
      });
    refreshChances();
    await Promise.all([gap, path]);
  }

  async function updateChances() {
    if (!state.target) return;
    const person = profile([state.target]);
    $('chance-chart').classList.add('busy');
    try {
      const doc = await api(`/api/simulate?${query({ runs: 2000, years: 10, seed: 1 })}`, { body: person, slot: 'simulate' });
      renderChances(doc);
    } catch (e) {
      if (!aborted(e)) setStatus('chance-summary', e.message, true);
    } finally {
      $('chance-chart').classList.remove('busy');
    }
  }

  // ---------------------------------------------------------------- charts --

  function table(headers, rows) {
    return el('table', {},
      el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', { class: i ? 'num' : null, text: h })))),
      el('tbody', {}, rows.map((row) => el('tr', {}, row.map((cell, i) => el('td', { class: i ? 'num' : null, text: cell }))))));
  }

  // Each skill the role asks for: what the person has (bar), what the role
  // needs (tick), the shortfall between them (red).
  function renderGap(doc) {
    const { min, max } = state.scale;
    const rows = doc.skills;
    const labelWidth = 170;
    const width = 560;
    const barWidth = width - labelWidth - 60;
    const rowHeight = 24;
    const x = (v) => labelWidth + ((v - min) / (max - min)) * barWidth;
    const height = rows.length * rowHeight + 28;
    const title = `Skills: you against ${doc.role.title}`;
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${title}; readiness ${pct(doc.readiness)}` },
      svg('title', { text: title }));
    for (let v = min; v <= max; v += 1) {
      chart.append(svg('line', { x1: x(v), x2: x(v), y1: 0, y2: height - 20, stroke: '#e3e7eb' }),
        svg('text', { x: x(v), y: height - 6, 'text-anchor': 'middle', class: 'muted', text: String(v) }));
    }
    rows.forEach((s, i) => {
      const y = i * rowHeight + 4;
      const label = s.name.length > 24 ? `${s.name.slice(0, 23)}…` : s.name;
      const short = s.shortfall > 0;
      chart.append(svg('g', { 'data-skill': s.skill },
        svg('title', { text: `${s.name}: have ${lvl(s.have)}, need ${lvl(s.need)}, importance ${s.importance}` }),
        svg('text', { x: labelWidth - 8, y: y + 13, 'text-anchor': 'end', text: label }),
        svg('rect', { x: x(min), y: y + 3, width: Math.max(0, x(Math.min(s.have, max)) - x(min)), height: 12, fill: 'var(--accent)', rx: 2, class: 'have' }),
        short ? svg('rect', { x: x(s.have), y: y + 3, width: x(s.need) - x(s.have), height: 12, fill: 'none', stroke: 'var(--short)', 'stroke-width': 2, 'stroke-dasharray': '3 2', class: 'short' }) : null,
        svg('line', { x1: x(s.need), x2: x(s.need), y1: y, y2: y + 18, stroke: 'var(--need)', 'stroke-width': 2, class: 'need' }),
        svg('text', { x: width - 52, y: y + 13, class: short ? '' : 'muted', text: `${lvl(s.have)} / ${lvl(s.need)}` })));
    });
    setStatus('gap-summary', `Readiness ${pct(doc.readiness)}: ${doc.skills_met} of ${doc.skills_required} requirements met. ` +
      'Bar: your level; tick: the role\'s; dashed red: the gap.');
    $('gap-chart').replaceChildren(chart, el('details', {}, el('summary', { text: 'As a table' }),
      table(['skill', 'have', 'need', 'importance'], rows.map((s) => [s.name, lvl(s.have), lvl(s.need), String(s.importance)]))));
  }

  // Each route as a timeline down the page: moves at the mean years they
  // happen for someone who pursues the route, with the kind of move and its
  // median and 10th-90th percentile range.
  function renderRoutes(doc) {
    const figures = doc.routes.map((route) => {
      let total = 0;
      const stops = [{ title: doc.person.current_role.title, id: doc.person.current_role.id, at: 0, range: null, step: null }];
      for (const step of route.steps) {
        total += step.expected_years;
        stops.push({ title: step.to.title, id: step.to.id, at: total, range: step.years || null, step });
      }
      const top = 24;
      const minGap = 46;
      // Pixels per year, before spreading labels apart: a long route is
      // drawn shorter per year, so no route is taller than about 420 px.
      const scale = Math.min(22, 360 / Math.max(route.total_years, 1));
      let y = top;
      const ys = stops.map((s, i) => {
        if (i === 0) return y;
        y = Math.max(y + minGap, top + s.at * scale);
        return y;
      });
      const height = y + 30;
      const width = 360;
      const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img',
        'aria-label': `Route ${route.rank}: ${stops.map((s) => s.title).join(' then ')}, about ${yrs(route.total_years)} in all` },
      svg('title', { text: `Route ${route.rank}` }),
      svg('text', { x: 0, y: 14, 'font-weight': '600', text: `Route ${route.rank}: about ${yrs(route.total_years)} if pursued${route.beyond_career_stage ? ' (beyond a career stage)' : ''}, ${route.steps.length} move${route.steps.length === 1 ? '' : 's'}` }),
      svg('line', { x1: 60, x2: 60, y1: ys[0], y2: ys[ys.length - 1], stroke: 'var(--accent)', 'stroke-width': 3 }));
      stops.forEach((s, i) => {
        const g = svg('g', { class: 'stop', 'data-role': s.id });
        if (s.range) {
          g.append(svg('rect', { x: 54, y: ys[i] - 8, width: 12, height: 16, fill: 'var(--band)', rx: 3 }));
        }
        g.append(
          svg('circle', { cx: 60, cy: ys[i], r: 7, fill: i === 0 ? '#fff' : 'var(--accent)', stroke: 'var(--accent)', 'stroke-width': 3 }),
          svg('text', { x: 52, y: ys[i] + 4, 'text-anchor': 'end', class: 'muted', text: i === 0 ? 'now' : yrs(s.at) }),
          svg('text', { x: 76, y: ys[i] + 4, 'font-weight': i === stops.length - 1 ? '600' : '400', text: s.title }));
        if (s.step) {
          const detail = `${s.step.kind}, ${s.range ? yrs(s.range.median) : yrs(s.step.expected_years)}` +
            (s.range ? ` (${yrs(s.range.p10)}–${yrs(s.range.p90)})` : '');
          g.append(svg('text', { x: 76, y: ys[i] + 19, class: 'muted', text: detail }));
        }
        chart.append(g);
      });
      return chart;
    });
    const best = doc.routes[0];
    setStatus('route-summary', best
      ? `Best route: ${best.steps.map((s) => s.to.title).join(' → ')}, about ${yrs(best.total_years)} (${yrs(best.years.p10)}–${yrs(best.years.p90)}) if you pursue it.`
      : 'No route under these constraints.');
    const rows = [];
    for (const route of doc.routes) {
      for (const step of route.steps) rows.push([`${route.rank}: ${step.to.title}`, step.kind, `${yrs(step.years.median)} (${yrs(step.years.p10)}–${yrs(step.years.p90)})`, String(step.rate)]);
    }
    $('route-chart').replaceChildren(...figures, el('details', {}, el('summary', { text: 'As a table' }),
      table(['route: move to', 'kind', 'years if pursued (p10–p90)', 'rate/y'], rows)));
  }

  // The simulated share of careers that have reached the target by each
  // year, with its 95% interval as a band.
  function renderChances(doc) {
    const results = doc.results;
    const goal = results.goals.find((g) => g.role.id === state.target);
    if (!goal) { setStatus('chance-summary', 'No simulation for this role.', true); return; }
    const times = results.times;
    const series = goal.reached_by_time;
    const width = 560;
    const height = 240;
    const left = 44;
    const bottom = 28;
    const horizon = times[times.length - 1] || 1;
    // Gridlines every 10% (every 20% above half), up to just above the highest point.
    const highest = Math.max(0.05, ...series.map((p) => p.high));
    const tick = highest > 0.5 ? 0.2 : 0.1;
    const peak = Math.min(1, Math.ceil(highest / tick - 1e-9) * tick);
    const x = (t) => left + (t / horizon) * (width - left - 10);
    const y = (p) => 8 + (1 - p / peak) * (height - bottom - 8);
    const label = `Chance of having reached ${goal.role.title}, by year`;
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label }, svg('title', { text: label }));
    for (let i = 0; i <= Math.round(peak / tick); i += 1) {
      const p = Math.min(peak, i * tick);
      chart.append(svg('line', { x1: left, x2: width - 10, y1: y(p), y2: y(p), stroke: '#e3e7eb' }),
        svg('text', { x: left - 6, y: y(p) + 4, 'text-anchor': 'end', class: 'muted', text: pct(p) }));
    }
    times.forEach((t) => chart.append(svg('text', { x: x(t), y: height - 8, 'text-anchor': 'middle', class: 'muted', text: String(t) })));
    const upper = series.map((p, i) => `${x(times[i])},${y(p.high)}`);
    const lower = series.map((p, i) => `${x(times[i])},${y(p.low)}`).reverse();
    chart.append(svg('polygon', { points: [...upper, ...lower].join(' '), fill: 'var(--band)', opacity: 0.6 }),
      svg('polyline', { points: series.map((p, i) => `${x(times[i])},${y(p.mean)}`).join(' '), fill: 'none', stroke: 'var(--accent)', 'stroke-width': 3 }));
    series.forEach((p, i) => chart.append(svg('circle', { cx: x(times[i]), cy: y(p.mean), r: 4, fill: 'var(--accent)', class: 'point' },
      svg('title', { text: `year ${times[i]}: ${pct(p.mean)} (${pct(p.low)}–${pct(p.high)})` }))));
    const last = series[series.length - 1];
    setStatus('chance-summary', `By year ${horizon}: ${pct(last.mean)} of ${results.runs} simulated careers ` +
      `(95% interval ${pct(last.low)}–${pct(last.high)}).`);
    $('chance-chart').replaceChildren(chart, el('details', {}, el('summary', { text: 'As a table' }),
      table(['year', 'chance', 'low', 'high'], series.map((p, i) => [String(times[i]), pct(p.mean), pct(p.low), pct(p.high)]))));
  }

  // ----------------------------------------------------- files in and out --

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function readFile(input) {
    return new Promise((resolve, reject) => {
      const file = input.files[0];
      if (!file) { reject(new Error('no file chosen')); return; }
      const reader = new FileReader();
      reader.onload = () => resolve({ name: file.name, text: String(reader.result) });
      reader.onerror = () => reject(reader.error);
      reader.readAsText(file);
    });
  }

  async function loadProfile() {
    let file;
    try {
      file = await readFile($('upload'));
      // The server checks it and answers with roles by id.
      const checked = await api(`/api/validate?${query()}`, { body: file.text });
      if (checked.format !== 'careerpath.profile/1') throw new Error(`${file.name} is a ${checked.format} document, not a profile`);
      const p = checked.profile;
      const titles = await Promise.all([p.current_role, ...(p.goals || [])].map(
        (id) => api(`/api/roles/${encodeURIComponent(id)}?${query()}`)));
      state.goals = (p.goals || []).map((id, i) => ({ id, title: titles[i + 1].title }));
      state.skills = new Map();
      for (const [id, level] of Object.entries(p.skills || {})) {
        state.skills.set(id, { name: id, typical: 0, level, stated: true, importance: 0, source: null });
      }
      $('years').value = p.years_in_role;
      renderGoals();
      await chooseRole({ id: p.current_role, title: titles[0].title });
      // Names for the stated skills the roles did not list.
      setStatus('about-status', `Loaded ${file.name}.`);
    } catch (e) {
      setStatus('about-status', `${file ? file.name : 'profile'}: ${e.message}`, true);
    } finally {
      $('upload').value = '';
    }
  }

  // The mentor report: /api/mentor's document (what `careerpath mentor
  // --json` prints) laid out as lists; downloadable as that document.
  let mentorReport = '';
  const memberName = (m) => m.name || m.id;

  function memberCard(m) {
    const route = m.routes[0];
    const goal = m.goal
      ? `${m.goal.title} (${m.goal.source === 'own' ? 'own goal' : 'suggested goal'})`
      : 'no goal';
    return el('li', { class: 'member', 'data-member': m.id },
      el('h4', { text: memberName(m) }),
      el('p', { class: 'help', text: `${m.current_role.title}, ${m.years_in_role} ${m.years_in_role === 1 ? 'year' : 'years'} in the role. Goal: ${goal}.` }),
      route ? el('p', { class: 'route-text', 'data-years': route.total_years },
        `Best route (about ${yrs(route.total_years)}, ${yrs(route.years.p10)}–${yrs(route.years.p90)} if pursued): `,
        [m.current_role.title, ...route.steps.map((s) => s.to.title)].join(' → ')) : null,
      m.next_steps.length ? el('p', {}, 'Next steps: ', m.next_steps.map((r) => r.role.title).join(', ')) : null,
      m.focus_skills.length ? el('div', {},
        el('p', { text: 'Skills to work on next:' }),
        el('ul', { class: 'focus' }, m.focus_skills.map((f) => el('li', { 'data-skill': f.skill.id },
          el('strong', { text: `${f.skill.name} ${lvl(f.have)} → ${lvl(f.need)}` }), `: ${f.reason}`)))) : null);
  }

  function teamSection(title, items, line) {
    if (!items.length) return null;
    return el('div', { class: 'team-section' }, el('h4', { text: title }), el('ul', {}, items.map((x) => el('li', { text: line(x) }))));
  }

  function renderMentor(doc) {
    const names = new Map(doc.members.map((m) => [m.id, memberName(m)]));
    const who = (id) => names.get(id) || id;
    const team = doc.team;
    const report = $('mentor-report');
    report.replaceChildren(
      el('h3', { text: team.name || team.id }),
      team.mentor ? el('p', { class: 'help', text: `Mentor: ${team.mentor}.` }) : null,
      el('ul', { class: 'members', 'aria-label': 'Plans for each member' }, doc.members.map(memberCard)),
      teamSection('Shared gaps (train together)', doc.group_training,
        (g) => `${g.skill.name}: ${g.members.map(who).join(', ')} (${lvl(g.total_shortfall)} levels short in all)`),
      teamSection('Single points of failure', doc.single_points_of_failure,
        (s) => `${s.skill.name}: only ${who(s.holder)} holds it well (${lvl(s.level)})` +
          (s.backup ? `; next is ${who(s.backup)} (${lvl(s.backup_level)})` : '; nobody else is close')),
      teamSection('Suggested pairings', doc.pairings,
        (p) => `${who(p.mentor)} mentors ${who(p.mentee)} in ${p.skill.name} (${lvl(p.mentor_level)} → ${lvl(p.mentee_level)})`),
      el('p', { class: 'help', text: doc.method }));
    report.hidden = false;
  }

  async function loadTeam() {
    let file;
    try {
      file = await readFile($('team-upload'));
      setStatus('mentor-status', `Planning for ${file.name}…`);
      mentorReport = await api(`/api/mentor?${query({})}`, { body: file.text, text: true });
      renderMentor(JSON.parse(mentorReport));
      $('team-download').disabled = false;
      setStatus('mentor-status', `Report for ${file.name}.`);
    } catch (e) {
      $('mentor-report').hidden = true;  // not an older team's report under this file's name
      $('team-download').disabled = true;
      setStatus('mentor-status', `${file ? file.name : 'team'}: ${e.message}`, true);
    } finally {
      $('team-upload').value = '';
    }
  }

  // ----------------------------------------------------------------- start --

  async function start() {
    try {
      const doc = await api('/api/graphs');
      state.graphs = doc.graphs;
      const select = $('graph');
      select.replaceChildren(...doc.graphs.map((g) => el('option', { value: g.name, selected: g.default, text: `${g.title || g.name} (${g.roles} roles)` })));
      chooseGraph(select.value);
    } catch (e) {
      setStatus('about-status', `The careerpath server does not answer: ${e.message}`, true);
    }
    combobox($('role-input'), $('role-options'), chooseRole);
    combobox($('goal-input'), $('goal-options'), addGoal);
    $('graph').addEventListener('change', (event) => chooseGraph(event.target.value));
    $('years').addEventListener('input', refresh);
    $('target').addEventListener('change', (event) => { state.target = event.target.value; renderTargets(); updateTarget(); });
    $('download').addEventListener('click', () => download('careerpath-profile.json', `${JSON.stringify(profile(), null, 2)}\n`, 'application/json'));
    $('upload').addEventListener('change', loadProfile);
    $('team-upload').addEventListener('change', loadTeam);
    $('team-download').addEventListener('click', () => download('team-report.json', mentorReport, 'application/json'));
  }

  // A new graph has other roles and skills: start the person over.
  function chooseGraph(name) {
    state.graph = name;
    const g = state.graphs.find((x) => x.name === name) || {};
    state.scale = g.scale || { min: 0, max: 5 };
    $('attribution').textContent = g.attribution || '';
    state.role = null;
    state.goals = [];
    state.skills = new Map();
    state.target = '';
    $('role-input').value = '';
    $('role-chosen').textContent = '';
    renderGoals();
    renderSkills();
    $('results-body').hidden = true;
    $('results-empty').hidden = false;
  }

  start();
})();
