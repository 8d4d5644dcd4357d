'use strict';
// The web view: status and exports from the JSON API. Every value reaches the page as text, never as markup.
(function () {
  const words = JSON.parse(document.getElementById('i18n').textContent);
  const lang = document.documentElement.lang || 'en';
  const t = (text, ...args) => (words[text] || text).replace(/%(\d)/g, (_, n) => String(args[n - 1] ?? ''));
  const $ = (id) => document.getElementById(id);
  const pageSize = 20;
  let page = 1;
  let group = '';
  let latestStatus = null;
  let filesBefore = null; // the groups' last files when Run now was pressed: the run's files are the others
  let polling = null;

  $('bar').setAttribute('aria-label', t('Export progress'));
  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });

  const formatBytes = (n) => {
    if (n == null) return '—';
    const units = ['B', 'KB', 'MB', 'GB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
    return n.toLocaleString(lang, { maximumFractionDigits: i ? 1 : 0 }) + ' ' + units[i];
  };
  const formatTime = (iso) => iso ? new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }) : t('never');
  const cell = (text, className) => {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    return td;
  };

  async function api(path, options) {
    const response = await fetch(path, Object.assign({ credentials: 'same-origin', headers: { Accept: 'application/json' } }, options));
    if (response.status === 401) { window.location.href = '/login'; throw new Error('unauthorized'); }
    return response;
  }

  function renderStatus(status) {
    latestStatus = status;
    const cluster = status.cluster;
    $('headline').textContent = cluster && cluster.role === 'follower'
      ? status.headline + ' ' + (cluster.leader
        ? t('Exports run on %1 (leading since %2); this replica serves them.', cluster.leader,
          cluster.since ? new Date(cluster.since).toLocaleString() : '…')
        : t('No replica leads at the moment; one takes over within seconds.'))
      : status.headline;
    $('files').textContent = status.files.toLocaleString(lang);
    $('total-size').textContent = status.totalSizeText ?? formatBytes(status.totalBytes);
    $('last-export').textContent = status.lastExport ? formatTime(status.lastExport.time) : t('never');
    // Paused means no next export (the server sends none).
    $('next-run').textContent = status.paused ? t('paused') : formatTime(status.nextRun);
    $('run-now').disabled = !status.canRunNow;
    const body = $('groups').tBodies[0];
    body.replaceChildren();
    status.groups.forEach((g, index) => {
      const tr = document.createElement('tr');
      // The server decides the state and says it as the window does, in the browser's language (g.stateText,
      // g.details); the page only colours it.
      const stateClass = { running: 'warn', 'waiting-retry': 'warn', ok: 'ok', failed: 'bad' }[g.display] || '';
      const state = g.stateText;
      const lastCell = cell(g.details, 'last');
      lastCell.title = g.details;
      tr.append(cell(g.name), cell(state, stateClass), lastCell);
      // Every test case whole, beside the CSV: how the group's last snapshot stands (absent when they are off).
      if (g.snapshot) {
        const snap = cell(g.snapshot.text, g.snapshot.state === 'failed' ? 'bad' : g.snapshot.state === 'running' ? 'warn' : '');
        snap.className += ' snapshot';
        snap.title = g.snapshot.text;
        tr.append(snap);
      }
      $('snapshot-head').hidden = !g.snapshot;
      body.append(tr);
      if (g.state === 'running') $('progress').textContent = t('Group %1 of %2: %3', index + 1, status.groups.length, g.name);
    });
    if (!status.running && polling === null) $('progress').textContent = '';
    // The run's progress: finished groups, and half of the one at work.
    const bar = $('bar');
    bar.classList.toggle('on', status.running);
    if (status.running) {
      const total = status.groups.length || 1;
      const waiting = status.groups.filter((g) => g.display === 'queued' || g.display === 'waiting-retry').length;
      const working = status.groups.filter((g) => g.display === 'running').length;
      bar.value = Math.round((100 * (total - waiting - working + working / 2)) / total);
    }
  }

  // "+3 −10 ~16" linking to the change page; the other states (decided by the server, item.changesState) in words.
  function changesCell(item) {
    const td = cell('', 'changes');
    if (item.changesState === 'changed') {
      const link = document.createElement('a');
      link.href = item.changesUrl;
      link.className = 'changes';
      [['+', item.changes.added, 'plus'], ['−', item.changes.removed, 'minus'], ['~', item.changes.changed, 'tilde']]
        .filter(([, count]) => count > 0) // "+3", not "+3 −0 ~0"
        .forEach(([sign, count, className], index) => {
          const part = document.createElement('span');
          part.className = className;
          part.textContent = (index ? ' ' : '') + sign + count.toLocaleString(lang);
          link.append(part);
        });
      td.append(link);
      return td;
    }
    const words = { 'no-changes': t('no changes'), comparing: t('comparing…'), 'first-export': t('first export'),
                    'not-compared': t('not compared') };
    td.textContent = words[item.changesState] || '—';
    td.classList.add('muted');
    return td;
  }

  function renderExports(list) {
    const filter = $('group-filter');
    const chosen = filter.value;
    filter.replaceChildren(new Option(t('All groups'), ''));
    list.groups.forEach((name) => filter.append(new Option(name, name)));
    filter.value = list.groups.includes(chosen) ? chosen : '';
    const body = $('exports').tBodies[0];
    body.replaceChildren();
    list.items.forEach((item) => {
      const tr = document.createElement('tr');
      if (item.kind === 'failed') { // exports that failed for good, one after another: the reason, no file
        const text = cell(null, 'bad');
        text.colSpan = 4;
        if (item.count > 1) { // one row for a group that failed again and again, each failure inside it
          const details = document.createElement('details');
          const summary = document.createElement('summary');
          summary.textContent = item.text;
          const each = document.createElement('ul');
          item.failures.forEach((failure) => {
            const li = document.createElement('li');
            li.textContent = `${formatTime(failure.time)}: ${failure.text}`;
            each.append(li);
          });
          details.append(summary, each);
          text.append(details);
        } else {
          text.textContent = item.text;
        }
        tr.className = 'failed';
        tr.append(cell(item.group), cell(formatTime(item.time), 'file-time'), text);
        body.append(tr);
        return;
      }
      const isNew = filesBefore !== null && !filesBefore.has(item.file) &&
        latestStatus.groups.some((g) => g.last && g.last.file === item.file);
      if (isNew) tr.className = 'new';
      const name = cell(item.group);
      if (isNew) {
        const tag = document.createElement('span');
        tag.className = 'tag';
        tag.textContent = t('new');
        name.append(tag);
      }
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = t('Download');
      link.setAttribute('download', item.file);
      link.title = item.file;
      link.setAttribute('aria-label', t('Download %1', item.file)); // a screen reader names the file
      const action = document.createElement('td');
      action.append(link);
      const rows = cell(item.rows == null ? '—' : item.rows.toLocaleString(lang), 'num rows');
      item.warnings.forEach((warning) => {
        const note = document.createElement('div');
        note.className = 'warn small warning';
        note.textContent = '⚠ ' + warning;
        rows.append(note);
      });
      const size = cell(item.sizeText ?? formatBytes(item.bytes), 'num');
      const changes = changesCell(item);
      // On a phone the rows are cards without the table's header: each value says what it is.
      size.dataset.label = t('Size');
      rows.dataset.label = t('Test cases');
      changes.dataset.label = t('Changes');
      const time = cell(formatTime(item.time), 'file-time');
      if (item.keptText) { // which tier of the retention rule keeps it
        const kept = document.createElement('div');
        kept.className = 'muted small kept';
        kept.textContent = t('Kept: %1', item.keptText);
        time.append(kept);
      }
      tr.append(name, time, size, rows, changes, action);
      body.append(tr);
    });
    $('empty').hidden = list.total > 0;
    $('page').textContent = t('Page %1 of %2', list.page, list.pages);
    $('prev').disabled = list.page <= 1;
    $('next').disabled = list.page >= list.pages;
  }

  async function refresh() {
    try {
      const [status, list] = await Promise.all([
        api('/api/status').then((r) => r.json()),
        api('/api/exports?page=' + page + '&size=' + pageSize + (group ? '&group=' + encodeURIComponent(group) : '')).then((r) => r.json()),
      ]);
      renderStatus(status);
      renderExports(list);
      return status;
    } catch (error) {
      if (error.message !== 'unauthorized') $('progress').textContent = t('The server cannot be reached.');
      return null;
    }
  }

  async function poll() {
    const status = await refresh();
    if (status && !status.running) {
      clearInterval(polling);
      polling = null;
      const failed = status.groups.filter((g) => g.last && !g.last.ok).map((g) => g.name);
      const fresh = document.querySelectorAll('#exports tr.new').length;
      $('progress').textContent = failed.length ? t('The export ended with errors: %1', failed.join(', ')) : t('Done. New files: %1.', fresh);
      $('run-now').disabled = false;
    }
  }

  $('run-now').addEventListener('click', async () => {
    $('run-now').disabled = true;
    const response = await api('/export', { method: 'POST' });
    const answer = await response.json();
    if (response.status === 202) {
      filesBefore = new Set(latestStatus ? latestStatus.groups.map((g) => g.last && g.last.file) : []);
      page = 1;
      $('progress').textContent = t('Export started.');
    } else {
      $('progress').textContent = t('An export is already running.');
    }
    renderStatus(answer.status);
    if (polling === null) polling = setInterval(poll, 1000);
  });
  $('group-filter').addEventListener('change', (event) => { group = event.target.value; page = 1; refresh(); });
  $('prev').addEventListener('click', () => { page = Math.max(1, page - 1); refresh(); });
  $('next').addEventListener('click', () => { page += 1; refresh(); });

  refresh().then((status) => { if (status && status.running && polling === null) polling = setInterval(poll, 1000); });
  setInterval(() => { if (polling === null && !document.hidden) refresh(); }, 30000);
})();
