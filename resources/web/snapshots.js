'use strict';
// The snapshots, read-only: a group's snapshots by date, the cases one holds (found by id or name), a case
// as it was kept (the words of --show-case), and its differences with another snapshot (as --diff-case).
// Every value reaches the page as text.
(function () {
  const words = JSON.parse(document.getElementById('i18n').textContent);
  const t = (text, ...args) => (words[text] || text).replace(/%(\d)/g, (_, n) => String(args[n - 1] ?? ''));
  const $ = (id) => document.getElementById(id);
  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  document.title = t('Snapshots');
  let snapshots = [];
  let cases = [];
  let current = null; // the case shown: its id

  const element = (tag, text, className) => {
    const el = document.createElement(tag);
    if (text != null) el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  const option = (value, text) => { const o = element('option', text); o.value = value; return o; };
  const when = (iso) => new Date(iso).toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'medium' });
  async function json(url) {
    const answer = await fetch(url, { headers: { Accept: 'application/json' } });
    const data = await answer.json();
    if (!answer.ok) throw new Error(data.error || String(answer.status));
    return data;
  }
  const ofGroup = () => snapshots.filter((s) => s.group === $('group').value).reverse(); // newest first

  function renderCases() {
    const search = $('search').value.trim().toLowerCase();
    const shown = cases.filter((c) => !search || String(c.id).includes(search) || c.name.toLowerCase().includes(search));
    // A tree by the cases' paths below the group: a group of the tree opens to its cases.
    const root = { children: new Map(), cases: [] };
    for (const c of shown) {
      let node = root;
      for (const name of c.path || []) {
        if (!node.children.has(name)) node.children.set(name, { children: new Map(), cases: [] });
        node = node.children.get(name);
      }
      node.cases.push(c);
    }
    const items = (node) => [
      ...[...node.children].map(([name, child]) => {
        const li = element('li', null, 'path');
        const details = element('details');
        details.open = true;
        const list = element('ul');
        list.append(...items(child));
        details.append(element('summary', name), list);
        li.append(details);
        return li;
      }),
      ...node.cases.map((c) => {
        const li = element('li', null, 'case');
        const button = element('button', `${c.id}  ${c.name}`, c.id === current ? 'current' : '');
        button.type = 'button';
        button.addEventListener('click', () => showCase(c.id));
        li.append(button);
        return li;
      }),
    ];
    $('cases').replaceChildren(...items(root));
  }

  // As --show-case says sizes (SI), in the reader's words: 45.6 kB, 45,6 кБ.
  const size = (bytes) => {
    const lang = document.documentElement.lang;
    if (bytes < 1000) return bytes.toLocaleString(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
    const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
    return value.toLocaleString(lang, { style: 'unit', unit, minimumFractionDigits: 1, maximumFractionDigits: 1 });
  };
  // The case's attachments as the snapshot kept them: each a download (through the same key as the exports).
  function renderAttachments(id, attachments) {
    $('attachments-title').hidden = attachments.length === 0;
    $('attachments').replaceChildren(...attachments.map((a) => {
      const li = element('li');
      if (a.kept) {
        const link = element('a', a.name);
        link.href = `/api/snapshots/${encodeURIComponent($('snapshot').value)}/cases/${id}/attachments/${a.id}`;
        link.download = a.name;
        li.append(link, element('span', `  ${size(a.size)}`, 'muted'));
      } else {
        li.append(element('span', a.name), element('span', `  ${t('not kept: TestOps did not give its bytes')}`, 'muted'));
      }
      return li;
    }));
  }

  async function showCase(id) {
    current = id;
    renderCases();
    const compare = $('compare').value;
    const url = `/api/snapshots/${encodeURIComponent($('snapshot').value)}/cases/${id}` +
      (compare ? `?compare=${encodeURIComponent(compare)}` : '');
    try {
      const data = await json(url);
      const lines = data.diff ? data.diff.lines : data.lines;
      const marks = new Map(((data.diff && data.diff.marks) || []).map((m) => [m.line, m]));
      $('lines').replaceChildren(...lines.map((line, i) => {
        const kind = !data.diff ? '' : line.startsWith('+ ') ? 'add' : line.startsWith('- ') ? 'del' : '';
        const mark = marks.get(i);
        if (!mark) return element('div', line, kind);
        // The words that changed inside the line.
        const div = element('div', null, kind);
        div.append(line.slice(0, mark.from), element('mark', line.slice(mark.from, mark.to)), line.slice(mark.to));
        return div;
      }));
      if (data.diff && !data.diff.differs) $('lines').append(element('p', t('No difference.'), 'muted'));
      renderAttachments(id, data.case.attachments);
      $('case').hidden = false;
      $('message').textContent = '';
    } catch (e) {
      $('message').textContent = e.message;
    }
  }

  async function pickSnapshot() {
    const id = $('snapshot').value;
    $('compare').replaceChildren(option('', t('nothing')),
      ...ofGroup().filter((s) => s.id !== id).map((s) => option(s.id, when(s.takenAt))));
    try {
      const data = await json(`/api/snapshots/${encodeURIComponent(id)}/cases`);
      cases = data.cases;
      $('message').textContent = t('%1 test cases', data.snapshot.cases);
    } catch (e) {
      cases = [];
      $('message').textContent = e.message;
    }
    renderCases();
    if (current && cases.some((c) => c.id === current)) showCase(current);
    else $('case').hidden = true;
  }

  function pickGroup() {
    $('snapshot').replaceChildren(...ofGroup().map((s) => option(s.id, when(s.takenAt))));
    pickSnapshot();
  }

  async function load() {
    try {
      snapshots = (await json('/api/snapshots')).snapshots;
    } catch (e) {
      $('message').textContent = t('The server cannot be reached.');
      setTimeout(load, 5000);
      return;
    }
    if (snapshots.length === 0) {
      $('message').textContent = t('No snapshot is kept yet.');
      return;
    }
    const groups = [...new Set(snapshots.map((s) => s.group))].sort();
    $('group').replaceChildren(...groups.map((g) => option(g, g)));
    pickGroup();
  }
  $('group').addEventListener('change', pickGroup);
  $('snapshot').addEventListener('change', pickSnapshot);
  $('compare').addEventListener('change', () => current && showCase(current));
  $('search').addEventListener('input', renderCases);
  // Enter in the search shows the first case found, as the window does.
  $('search').addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    $('cases').querySelector('li.case button')?.click();
  });
  load();
}());
