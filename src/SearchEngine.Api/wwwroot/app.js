// The examiner's page: plain DOM code, no build step. Everything the server sends is put in the page as
// text (never as HTML), so a mark or an abstract cannot inject markup.
'use strict';

const $ = (id) => document.getElementById(id);
let lang = localStorage.getItem('lang') || 'vi';
const t = (key, ...args) => {
  const v = (window.I18N[lang] || window.I18N.vi)[key];
  return typeof v === 'function' ? v(...args) : (v ?? key);
};

const state = {
  tm: { hits: [], query: null },
  pt: { hits: [], total: 0, page: 1, pageSize: 10, facets: [], mode: 'search', terms: [] },
};

// ---------- small helpers ----------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// Segments [{text, matched}] from the server become text with <mark> around the matched parts.
function highlighted(segments, fallback) {
  const span = el('span', { class: 'hl' });
  if (!Array.isArray(segments) || segments.length === 0) { span.textContent = fallback ?? ''; return span; }
  for (const s of segments) span.append(s.matched ? el('mark', {}, s.text) : document.createTextNode(s.text));
  return span;
}

async function api(path, init) {
  const response = await fetch(path, init);
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = (body && (body.detail || body.title)) || `HTTP ${response.status}`;
    throw new Error(detail);
  }
  return body;
}

function showStatus(id, text, isError = false) {
  const line = $(id);
  line.textContent = text;
  line.classList.toggle('error', isError);
}

// A cell a spreadsheet would read as a formula (=, +, -, @, tab or CR first: OWASP's CSV-injection rule)
// gets a leading apostrophe, so a mark or title such as =HYPERLINK(...) stays text.
function csvCell(v) {
  const raw = Array.isArray(v) ? v.join('; ') : (v ?? '').toString();
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// A UTF-8 BOM so spreadsheet programs read Vietnamese letters correctly.
function downloadCsv(name, header, rows) {
  const text = '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const slug = (s) => (s || 'results').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
  .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 40) || 'results';

// ---------- language ----------
function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = `SearchEngine — ${t('title')}`;
  document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
  $('lang').textContent = t('switchTo');
  $('lang').setAttribute('aria-label', lang === 'vi' ? 'Switch to English' : 'Chuyển sang tiếng Việt');
  document.querySelectorAll('#tm-classes input').forEach((c) => c.setAttribute('aria-label', `${t('classLabel')} ${c.value}`));
  renderTrademarks();
  renderPatents();
  loadHealth();
}

// ---------- tabs (arrow keys move between them, as in the WAI-ARIA tabs pattern) ----------
function selectTab(tab, focus = true) {
  document.querySelectorAll('[role=tab]').forEach((other) => {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute('aria-controls')).hidden = !selected;
  });
  if (focus) tab.focus();
  history.replaceState(null, '', tab.id === 'tab-pt' ? '#patents' : '#trademarks');
}

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => selectTab(tab));
    tab.addEventListener('keydown', (e) => {
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      selectTab(tabs[(next + tabs.length) % tabs.length]);
    });
  });
  if (location.hash === '#patents') selectTab($('tab-pt'), false);
}

// ---------- trademarks ----------
function setUpClassGrid() {
  const grid = $('tm-classes');
  for (let n = 1; n <= 45; n++) {
    grid.append(el('label', { class: n >= 35 ? 'cls service' : 'cls' },
      el('input', { type: 'checkbox', value: String(n), name: 'classes' }), String(n)));
  }
  $('tm-clear-classes').addEventListener('click', () => grid.querySelectorAll('input').forEach((c) => { c.checked = false; }));
}

// Typing goods text suggests Nice classes (POST /api/nice/suggest); a suggestion ticks its class when pressed.
let suggestTimer = 0;
function suggestClasses() {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const box = $('tm-goods-suggest');
    const text = $('tm-goods').value.trim();
    if (!text) { box.replaceChildren(); return; }
    try {
      const answer = await api('/api/nice/suggest', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, top: 5 }),
      });
      if (!answer.classes.length) { box.replaceChildren(el('span', { class: 'hint' }, answer.note || '')); return; }
      box.replaceChildren(el('span', { class: 'hint' }, t('suggestClasses')), ...answer.classes.map((c) => {
        const input = document.querySelector(`#tm-classes input[value="${c.class}"]`);
        const heading = lang === 'vi' ? c.headingVi : c.heading;
        const button = el('button', {
          type: 'button', class: 'tiny suggest', 'aria-pressed': String(!!input?.checked),
          title: `${heading} — ${c.terms.map((x) => x.text).join('; ')}`,
        }, `${c.class} · ${c.terms[0]?.text ?? heading}`);
        button.addEventListener('click', () => {
          if (!input) return;
          input.checked = !input.checked;
          button.setAttribute('aria-pressed', String(input.checked));
        });
        return button;
      }));
    } catch (err) {
      box.replaceChildren(el('span', { class: 'error' }, err.message));
    }
  }, 350);
}

// The earlier mark's goods: per class when the register has them, else its free text.
function goodsLines(hit) {
  const goods = (hit.goods || []).map((g) => `${g.class}: ${g.text}`);
  if (!goods.length && hit.goodsServices) goods.push(hit.goodsServices);
  return goods.map((g) => el('div', { class: 'hint goods-of-hit', title: t('goodsOfHit') }, g.length > 160 ? `${g.slice(0, 159)}…` : g));
}

function trademarkQuery() {
  return {
    mark: $('tm-mark').value.trim(),
    classes: [...document.querySelectorAll('#tm-classes input:checked')].map((c) => Number(c.value)),
    classFilter: $('tm-class-filter').value,
    status: $('tm-status').value,
    before: $('tm-before').value || null,
    top: Number($('tm-top').value),
    goodsServices: $('tm-goods').value.trim() || null,
    vienna: $('tm-vienna').value.trim() || null,
  };
}

async function searchTrademarks(e) {
  e?.preventDefault();
  const q = trademarkQuery();
  if (!q.mark && !q.vienna) { $('tm-mark').focus(); return; }
  showStatus('tm-status-line', t('searching'));
  const started = performance.now();
  try {
    let result;
    if (q.goodsServices) {
      if (!q.classes.length) q.classFilter = 'none';
      result = await api('/api/trademarks/search', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q),
      });
    } else {
      const params = new URLSearchParams({ mark: q.mark, status: q.status, top: String(q.top) });
      if (q.classes.length) {
        params.set('classes', q.classes.join(','));
        params.set('classFilter', q.classFilter); // sent even when 'none': the API filters by default when classes are given
      }
      if (q.before) params.set('before', q.before);
      if (q.vienna) params.set('vienna', q.vienna);
      result = await api(`/api/trademarks/search?${params}`);
    }
    state.tm = {
      hits: result.hits, query: q, ms: Math.round(performance.now() - started), reranker: result.reranker,
      vienna: result.viennaDivisions || [], matching: result.matching,
    };
    renderTrademarks();
  } catch (err) {
    state.tm = { hits: [], query: null };
    renderTrademarks();
    showStatus('tm-status-line', `${t('error')}: ${err.message}`, true);
  }
}

// The core's reasons are codes such as "edit-distance:1" or "phonetic-vi:\"tiep ngon\""; shown in words.
function reasonText(code) {
  const at = code.indexOf(':');
  const key = at < 0 ? code : code.slice(0, at);
  const value = at < 0 ? '' : code.slice(at + 1);
  const labels = (window.I18N[lang] || window.I18N.vi).reason || {};
  return labels[key] ? labels[key](value) : code;
}

function bandBadge(band, score) {
  return el('span', { class: `band band-${band}` }, `${t('band_' + band)} · ${Number(score).toFixed(1)}`);
}

function dateLines(hit) {
  const lines = [];
  if (hit.filingDate) lines.push(el('div', {}, `${t('filed')} ${hit.filingDate}`));
  if (hit.registrationDate) lines.push(el('div', {}, `${t('registered')} ${hit.registrationDate}`));
  if (hit.expiryDate) lines.push(el('div', {}, `${t('expires')} ${hit.expiryDate}`));
  return lines;
}

function feedbackButtons(collection, query, hit) {
  const box = el('div', { class: 'judge' });
  const send = async (relevant) => {
    box.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await api('/api/feedback', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ collection, query, number: hit.number, relevant }),
      });
      box.replaceChildren(el('span', { class: 'hint' }, t('thanks')));
    } catch (err) {
      box.replaceChildren(el('span', { class: 'error' }, err.message));
    }
  };
  box.append(
    el('button', { type: 'button', class: 'tiny', title: t('relevant'), 'aria-label': `${t('relevant')}: ${hit.mark ?? hit.title}`, onclick: () => send(true) }, '✓'),
    el('button', { type: 'button', class: 'tiny', title: t('notRelevant'), 'aria-label': `${t('notRelevant')}: ${hit.mark ?? hit.title}`, onclick: () => send(false) }, '✗'));
  return box;
}

function renderTrademarks() {
  const table = $('tm-results');
  const body = table.tBodies[0];
  body.replaceChildren();
  const { hits, query } = state.tm;
  $('tm-export').disabled = !hits.length;
  if (!query) { table.hidden = true; return; }
  // The score shown is the one that ordered the hits (under the reranker, the fused scale in the model's order): say which.
  showStatus('tm-status-line', hits.length
    ? t('tmCount', hits.length, state.tm.ms) + (state.tm.reranker ? ` · ${t('tmReranked')}` : '')
    : t('noHits'));
  if (state.tm.matching != null) showStatus('tm-status-line', `${t('viennaMatching', state.tm.matching)} · ${$('tm-status-line').textContent}`);
  renderViennaFacets();
  table.hidden = !hits.length;
  hits.forEach((h, i) => {
    body.append(el('tr', { 'data-number': h.number },
      el('td', { class: 'num' }, String(i + 1)),
      el('td', { class: 'mark' }, el('div', { class: 'mark-text' }, highlighted(h.highlight, h.mark)),
        el('div', { class: 'hint' }, h.number),
        (h.vienna || []).length ? el('div', { class: 'hint vienna' }, h.vienna.slice(0, 4).map((v) => `${v.code} ${v.name ?? ''}`.trim()).join('; ')
          + (h.vienna.length > 4 ? ' …' : '')) : null),
      el('td', {}, bandBadge(h.band, h.score)),
      el('td', {}, el('ul', { class: 'reasons' }, (h.reasons || []).map((r) => el('li', { 'data-code': r }, reasonText(r))))),
      el('td', {}, el('div', {}, (h.classes || []).join(', ')), goodsLines(h)),
      el('td', {}, el('span', { class: `st st-${h.status}` }, t('st_' + h.status))),
      el('td', { class: 'dates' }, dateLines(h)),
      el('td', {}, h.owner ?? ''),
      el('td', {}, feedbackButtons('trademarks', query.mark, h))));
  });
}

// A Vienna division facet narrows the search to it: the code goes into the Vienna box.
function renderViennaFacets() {
  const facets = state.tm.vienna || [];
  $('tm-vienna-facets').hidden = !facets.length;
  $('tm-vienna-facet-list').replaceChildren(...facets.slice(0, 12).map((f) => el('button', {
    type: 'button', class: 'chip', title: f.name ?? f.code,
    onclick: () => { $('tm-vienna').value = f.code; searchTrademarks(); },
  }, `${f.code} ${(f.name ?? '').toLowerCase()} (${f.count})`)));
}

function exportTrademarks() {
  const header = [t('colNumber'), t('colMark'), 'score', 'band', t('colReasons'), t('colClasses'), t('colStatus'),
    t('filed'), t('registered'), t('expires'), t('colOwner')];
  const rows = state.tm.hits.map((h) => [h.number, h.mark, Number(h.score).toFixed(2), h.band, (h.reasons || []).map(reasonText), h.classes,
    h.status, h.filingDate, h.registrationDate, h.expiryDate, h.owner]);
  downloadCsv(`trademarks-${slug(state.tm.query?.mark)}.csv`, header, rows);
}

// ---------- patents ----------
function patentParams(page) {
  const params = new URLSearchParams();
  const put = (k, v) => { if (v) params.set(k, v); };
  put('q', $('pt-q').value.trim());
  put('ipc', $('pt-ipc').value.trim());
  put('from', $('pt-from').value);
  put('to', $('pt-to').value);
  put('sort', $('pt-sort').value);
  if (!$('pt-translate').checked) params.set('translate', 'false');
  params.set('page', String(page));
  return params;
}

async function searchPatents(page = 1) {
  showStatus('pt-status-line', t('searching'));
  const started = performance.now();
  try {
    const result = await api(`/api/patents/search?${patentParams(page)}`);
    state.pt = { mode: 'search', hits: result.hits, total: result.total, page: result.page, pageSize: result.pageSize,
      facets: result.facets || [], terms: [], ms: Math.round(performance.now() - started), searched: true,
      translations: result.translations || [], notice: result.notice, suggestions: result.suggestions || [] };
    renderPatents();
    if ($('pt-landscape-box').open) loadLandscape();
  } catch (err) {
    state.pt = { ...state.pt, hits: [], total: 0, facets: [], searched: false };
    renderPatents();
    showStatus('pt-status-line', `${t('error')}: ${err.message}`, true);
  }
}

async function findSimilar(e) {
  e.preventDefault();
  const text = $('pt-similar-text').value.trim();
  if (!text) { $('pt-similar-text').focus(); return; }
  showStatus('pt-status-line', t('searching'));
  const started = performance.now();
  try {
    const result = await api('/api/patents/similar', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, top: 20 }),
    });
    state.pt = { mode: 'similar', hits: result.hits, total: result.hits.length, page: 1, pageSize: result.hits.length || 1,
      facets: [], terms: result.termsUsed || [], ms: Math.round(performance.now() - started), searched: true };
    renderPatents();
  } catch (err) {
    showStatus('pt-status-line', `${t('error')}: ${err.message}`, true);
  }
}

// Clicking a facet value narrows the search: an IPC value fills the IPC box, a year sets the date range.
function applyFacet(name, value) {
  if (name === 'ipc') $('pt-ipc').value = value;
  else if (name === 'year') { $('pt-from').value = `${value}-01-01`; $('pt-to').value = `${value}-12-31`; }
  else if (name === 'applicant') {
    const q = $('pt-q').value.trim();
    $('pt-q').value = `${q ? `(${q}) AND ` : ''}PA:"${value.replace(/"/g, '')}"`;
  } else return;
  searchPatents(1);
}

function renderFacets() {
  const box = $('pt-facet-groups');
  box.replaceChildren();
  const groups = state.pt.facets.filter((g) => g.values && g.values.length);
  $('pt-facets').hidden = !groups.length;
  const active = [];
  if ($('pt-ipc').value) active.push(['ipc', $('pt-ipc').value, () => { $('pt-ipc').value = ''; }]);
  if ($('pt-from').value || $('pt-to').value) {
    active.push(['year', `${$('pt-from').value || '…'} – ${$('pt-to').value || '…'}`, () => { $('pt-from').value = ''; $('pt-to').value = ''; }]);
  }
  if (active.length) {
    box.append(el('div', { class: 'chips' }, active.map(([name, label, clear]) =>
      el('button', { type: 'button', class: 'chip', 'aria-label': `${t('removeFilter')}: ${label}`,
        onclick: () => { clear(); searchPatents(1); } }, `${t('facet_' + name)}: ${label} ×`))));
  }
  for (const g of groups) {
    box.append(el('h3', {}, t('facet_' + g.name)),
      el('ul', {}, g.values.map((v) => el('li', {},
        el('button', { type: 'button', class: 'facet', onclick: () => applyFacet(g.name, v.value) },
          el('span', {}, v.value), el('span', { class: 'count' }, String(v.count)))))));
  }
}

function renderPatents() {
  const list = $('pt-results');
  list.replaceChildren();
  const s = state.pt;
  $('pt-export').disabled = !s.hits.length;
  $('pt-similar-count').textContent = s.mode === 'similar' && s.searched ? t('similarCount', s.hits.length) : '';
  if (!s.searched) { $('pt-facets').hidden = true; $('pt-paging').hidden = true; return; }
  showStatus('pt-status-line', s.total ? t('ptCount', s.total, s.ms) : t('noHits'));
  if (s.mode === 'similar' && s.terms.length) {
    $('pt-status-line').append(el('span', { class: 'terms' }, ` · ${t('termsUsed')}: `, s.terms.join(', ')));
  }
  const notices = [s.mode === 'search' ? s.notice : null,
    ...(s.mode === 'search' ? s.suggestions || [] : []).map((x) => t('didYouMean', x.word, x.suggestion))].filter(Boolean);
  $('pt-notice').hidden = !notices.length;
  $('pt-notice').textContent = notices.join(' · ');
  const translations = s.mode === 'search' ? s.translations || [] : [];
  $('pt-translations').hidden = !translations.length;
  $('pt-translations').textContent = translations.length ? `${t('translatedAs')}: ${translations.map(translationText).join(', ')}` : '';
  list.start = (s.page - 1) * s.pageSize + 1;
  for (const h of s.hits) {
    list.append(el('li', { class: 'patent', 'data-number': h.number },
      el('div', { class: 'p-head' },
        el('span', { class: 'p-title' }, highlighted(h.titleHighlight, h.title || '—')),
        el('span', { class: 'score' }, Number(h.score).toFixed(2))),
      el('div', { class: 'p-meta' },
        el('span', { class: 'p-num' }, h.number),
        h.date ? el('span', {}, h.date) : null,
        h.ipc?.length ? el('span', {}, `${t('ipcLabel')}: ${h.ipc.slice(0, 4).join(', ')}`) : null,
        h.applicants?.length ? el('span', {}, `${t('applicants')}: ${h.applicants.slice(0, 2).join('; ')}`) : null),
      el('p', { class: 'passage' }, highlighted(h.passage, h.abstract)),
      h.matchedTranslations?.length ? el('p', { class: 'p-translated' }, `${t('matchedBy')}: ${h.matchedTranslations.map(translationText).join(', ')}`) : null,
      feedbackButtons('patents', s.mode === 'similar' ? $('pt-similar-text').value.trim().slice(0, 500) : $('pt-q').value.trim(), h)));
  }
  renderFacets();
  const pages = Math.max(1, Math.ceil(s.total / s.pageSize));
  $('pt-paging').hidden = s.mode !== 'search' || pages <= 1;
  $('pt-page').textContent = t('pageOf', s.page, pages);
  $('pt-prev').disabled = s.page <= 1;
  $('pt-next').disabled = s.page >= pages;
}

const translationText = (x) => `“${x.from}” → “${x.to}”`;

// ---------- landscape charts ----------
// Plain SVG bar charts. Each chart is one tab stop: the arrow keys move between its bars (roving
// tabindex), each bar is a list item named "value: count" for screen readers, and a data table follows.
const SVG = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function barChart(name, values) {
  const columns = name === 'filingYears';
  const max = Math.max(1, ...values.map((v) => v.count));
  const label = (v) => t('chartBar', v.value, v.count);
  const bars = [];
  let svg;
  if (columns) {
    const step = 26, chartH = 140, top = 16, width = Math.max(300, values.length * step + 20);
    svg = svgEl('svg', { class: 'bars', viewBox: `0 0 ${width} ${chartH + top + 40}`, width, role: 'list' });
    values.forEach((v, i) => {
      const h = Math.max(1, Math.round((v.count / max) * chartH));
      const x = 10 + i * step;
      bars.push(svgEl('g', { class: 'bar', role: 'listitem', 'aria-label': label(v), tabindex: -1 },
        svgEl('title', {}, label(v)),
        svgEl('rect', { x, y: top + chartH - h, width: step - 6, height: h }),
        svgEl('text', { x: x + (step - 6) / 2, y: top + chartH - h - 3, 'text-anchor': 'middle', 'aria-hidden': 'true' }, v.count),
        svgEl('text', { x: x + (step - 6) / 2, y: top + chartH + 12, 'text-anchor': 'end', transform: `rotate(-45 ${x + (step - 6) / 2} ${top + chartH + 12})`, 'aria-hidden': 'true' }, v.value)));
    });
    svg.append(svgEl('line', { class: 'axis', x1: 6, x2: width - 6, y1: top + chartH + 0.5, y2: top + chartH + 0.5 }));
  } else {
    const row = 20, labelW = 170, barW = 220, width = labelW + barW + 50;
    svg = svgEl('svg', { class: 'bars', viewBox: `0 0 ${width} ${values.length * row + 4}`, width, role: 'list' });
    values.forEach((v, i) => {
      const w = Math.max(1, Math.round((v.count / max) * barW));
      const y = 2 + i * row;
      const short = v.value.length > 26 ? `${v.value.slice(0, 25)}…` : v.value;
      bars.push(svgEl('g', { class: 'bar', role: 'listitem', 'aria-label': label(v), tabindex: -1 },
        svgEl('title', {}, label(v)),
        svgEl('text', { x: labelW - 6, y: y + row / 2 + 4, 'text-anchor': 'end', 'aria-hidden': 'true' }, short),
        svgEl('rect', { x: labelW, y: y + 2, width: w, height: row - 6 }),
        svgEl('text', { x: labelW + w + 4, y: y + row / 2 + 4, 'aria-hidden': 'true' }, v.count)));
    });
  }
  bars.forEach((b) => svg.append(b));
  if (bars.length) bars[0].setAttribute('tabindex', '0');
  svg.addEventListener('keydown', (e) => {
    const i = bars.indexOf(document.activeElement);
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: bars.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const j = Math.max(0, Math.min(bars.length - 1, next));
    bars[i].setAttribute('tabindex', '-1');
    bars[j].setAttribute('tabindex', '0');
    bars[j].focus();
  });
  const captionId = `chart-${name}`;
  svg.setAttribute('aria-labelledby', captionId);
  svg.setAttribute('aria-describedby', `${captionId}-help`);
  return el('figure', { class: 'chart', 'data-dimension': name },
    el('figcaption', { id: captionId }, t('chart_' + name)),
    el('span', { id: `${captionId}-help`, class: 'visually-hidden' }, t('chartHelp')),
    svg,
    el('details', {}, el('summary', {}, t('chartTable')),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('colValue')), el('th', { scope: 'col' }, t('colCount')))),
        el('tbody', {}, values.map((v) => el('tr', {}, el('td', {}, v.value), el('td', {}, String(v.count))))))));
}

function landscapeParams() {
  const params = patentParams(1);
  params.delete('page');
  params.delete('sort');
  return params;
}

async function loadLandscape() {
  const box = $('pt-charts');
  if (!$('pt-q').value.trim()) { box.replaceChildren(); return; }
  const params = landscapeParams();
  $('pt-landscape-status').textContent = t('searching');
  try {
    const result = await api(`/api/patents/analytics?${params}`);
    params.set('format', 'csv');
    $('pt-landscape-csv').href = `/api/patents/analytics?${params}`;
    $('pt-landscape-status').textContent = t('landscapeCounted', result.counted, result.total);
    box.replaceChildren(...result.dimensions.filter((d) => d.values.length).map((d) => barChart(d.name, d.values)));
  } catch (err) {
    box.replaceChildren();
    $('pt-landscape-status').textContent = `${t('error')}: ${err.message}`;
  }
}

function exportPatents() {
  const header = [t('colNumber'), 'title', 'date', 'ipc', t('applicants'), 'score', 'passage'];
  const rows = state.pt.hits.map((h) => [h.number, h.title, h.date, h.ipc, h.applicants, Number(h.score).toFixed(3),
    (h.passage || []).map((p) => p.text).join('')]);
  downloadCsv(`patents-${slug($('pt-q').value || 'similar')}.csv`, header, rows);
}

// ---------- health ----------
// A refused collection answers 503 with its problem and remedy: say which one and why, not "not answering".
async function loadHealth() {
  let h = null;
  try {
    const response = await fetch('/health');
    if ((response.headers.get('content-type') || '').includes('json')) h = await response.json();
  } catch {
    h = null;
  }
  const line = $('health');
  if (!h || !h.trademarks || !h.patents) {
    line.textContent = t('healthDown');
    line.classList.add('error');
    return;
  }
  const refused = [['trademarks', h.trademarks], ['patents', h.patents]].filter(([, c]) => c.status === 'unavailable');
  line.textContent = refused.length === 0
    ? t('healthOk', (h.trademarks.documents ?? 0).toLocaleString(), (h.patents.documents ?? 0).toLocaleString())
    : refused.map(([name, c]) => t('healthRefused', t(name === 'trademarks' ? 'tabTrademarks' : 'tabPatents'), c.problem || '', c.remedy || '')).join(' · ');
  line.classList.toggle('error', refused.length > 0);
}

document.addEventListener('DOMContentLoaded', () => {
  setUpTabs();
  setUpClassGrid();
  $('tm-form').addEventListener('submit', searchTrademarks);
  $('tm-goods').addEventListener('input', suggestClasses);
  $('tm-export').addEventListener('click', exportTrademarks);
  $('pt-form').addEventListener('submit', (e) => { e.preventDefault(); searchPatents(1); });
  $('pt-export').addEventListener('click', exportPatents);
  $('pt-landscape-box').addEventListener('toggle', () => { if ($('pt-landscape-box').open) loadLandscape(); });
  $('pt-similar-form').addEventListener('submit', findSimilar);
  $('pt-prev').addEventListener('click', () => searchPatents(state.pt.page - 1));
  $('pt-next').addEventListener('click', () => searchPatents(state.pt.page + 1));
  $('lang').addEventListener('click', () => { lang = lang === 'vi' ? 'en' : 'vi'; localStorage.setItem('lang', lang); applyLanguage(); });
  applyLanguage();
});
