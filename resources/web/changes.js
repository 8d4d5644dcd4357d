'use strict';
// The change page of one export: the test cases added, removed and changed since the group's previous export
// (or an earlier one picked as the baseline), a summary line, a search by id or name, and for a changed case
// the fields that differ, old beside new. Every value reaches the page as text.
(function () {
  const words = JSON.parse(document.getElementById('i18n').textContent);
  const t = (text, ...args) => (words[text] || text).replace(/%(\d)/g, (_, n) => String(args[n - 1] ?? ''));
  const $ = (id) => document.getElementById(id);
  const file = decodeURIComponent(window.location.pathname.replace(/^\/changes\//, ''));
  const pageSize = 50;
  let page = 1;
  let kind = '';
  let baseline = ''; // empty: the previous export, compared when the export was made
  let search = '';
  const when = (iso) => (iso ? new Date(iso).toLocaleString(navigator.language, { dateStyle: 'medium', timeStyle: 'short' }) : '');

  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  $('search').placeholder = t('Find by id or name');
  $('search').setAttribute('aria-label', t('Find by id or name'));
  $('title').textContent = t('Changes in %1', file);
  document.title = file;

  const element = (tag, text, className) => {
    const el = document.createElement(tag);
    if (text != null) el.textContent = text;
    if (className) el.className = className;
    return el;
  };

  function renderKinds(counts) {
    const box = $('kinds');
    box.replaceChildren();
    const total = counts ? counts.added + counts.removed + counts.changed : 0;
    [['', t('All'), total], ['added', t('Added'), counts && counts.added],
     ['removed', t('Removed'), counts && counts.removed], ['changed', t('Changed'), counts && counts.changed]]
      .forEach(([value, label, count]) => {
        const button = element('button', label + ' (' + (count ?? 0) + ')', value === kind ? 'chosen' : '');
        button.type = 'button';
        button.dataset.kind = value;
        button.setAttribute('aria-pressed', String(value === kind));
        button.addEventListener('click', () => { kind = value; page = 1; load(); });
        box.append(button);
      });
  }

  // A changed cell with what differs inside it marked (between the longest common start and end, as the
  // server found them and the window marks them).
  function marked(text, field, className) {
    const td = element('td', null, className);
    if (text == null) { td.textContent = '…'; return td; }
    const start = field.sameStart ?? 0;
    const end = text.length - (field.sameEnd ?? 0);
    if (field.sameStart == null || start >= end) { td.textContent = text; return td; }
    td.append(text.slice(0, start), element('mark', text.slice(start, end)), text.slice(end));
    return td;
  }

  function renderCase(item) {
    const li = element('li', null, 'case ' + item.kind);
    const head = element('div', null, 'case-head');
    // The id opens the case in TestOps, as the window's "Open in TestOps" does.
    let id = element('span', item.id, 'case-id');
    if (item.url) {
      id = element('a', item.id, 'case-id');
      id.href = item.url;
      id.rel = 'noopener noreferrer';
      id.target = '_blank';
      id.title = t('Open in TestOps');
    }
    head.append(element('span', t(item.kind), 'tag ' + item.kind), id, element('span', item.name, 'case-name'));
    li.append(head);
    if (item.fields && item.fields.length) {
      const table = element('table', null, 'fields');
      const headRow = element('tr');
      headRow.append(element('th', t('Field')), element('th', t('Before')), element('th', t('Now')));
      table.append(element('thead'));
      table.tHead.append(headRow);
      const body = element('tbody');
      item.fields.forEach((field) => {
        const tr = element('tr');
        tr.append(element('td', field.name, 'field-name'), marked(field.old, field, 'old'), marked(field.new, field, 'new'));
        body.append(tr);
      });
      table.append(body);
      li.append(table);
    }
    return li;
  }

  async function load() {
    const query = '?page=' + page + '&size=' + pageSize + (kind ? '&kind=' + kind : '') +
      (baseline ? '&baseline=' + encodeURIComponent(baseline) : '') + (search ? '&q=' + encodeURIComponent(search) : '');
    let response;
    try {
      response = await fetch('/api/changes/' + encodeURIComponent(file) + query,
                             { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch (error) {
      $('message').hidden = false;
      $('message').textContent = t('The server cannot be reached.');
      return;
    }
    if (response.status === 401) { window.location.href = '/login'; return; }
    const answer = await response.json();
    if (!response.ok) {
      $('message').hidden = false;
      $('message').textContent = answer.error;
      return;
    }
    // Titled by group and date, as a person thinks of it; the file names stay below.
    $('title').textContent = t('Changes in %1', answer.group + ', ' + when(answer.time));
    document.title = $('title').textContent;
    $('compared').textContent = answer.previous ? t('Compared with %1', answer.previous) : t('first export');
    const select = $('baseline');
    select.replaceChildren(...answer.baselines.map((b, i) =>
      new Option(i === 0 ? t('%1 (the previous export)', when(b.time)) : when(b.time), b.file)));
    select.value = answer.previous || '';
    select.disabled = answer.baselines.length === 0;
    const c = answer.changes;
    $('summary').textContent = c ? t('%1 added, %2 removed, %3 changed since %4', c.added, c.removed, c.changed, when(answer.previousTime)) : '';
    const notes = [];
    if (answer.error) notes.push(t('This export was not compared: %1', answer.error));
    if (answer.previous && !answer.previousAvailable) notes.push(t('The previous file was deleted, so old texts cannot be shown.'));
    if (answer.columnsAdded.length) notes.push(t('Columns added: %1', answer.columnsAdded.join(', ')));
    if (answer.columnsRemoved.length) notes.push(t('Columns removed: %1', answer.columnsRemoved.join(', ')));
    answer.problems.forEach((problem) => notes.push(problem));
    $('notes').textContent = notes.join(' · ');
    renderKinds(answer.changes);
    $('cases').replaceChildren(...answer.items.map(renderCase));
    $('message').hidden = answer.total > 0 || !answer.changes;
    $('message').textContent = search ? t('No case holds “%1”.', search) : t('Nothing changed.');
    $('page').textContent = t('Page %1 of %2', answer.page, answer.pages);
    $('prev').disabled = answer.page <= 1;
    $('next').disabled = answer.page >= answer.pages;
  }

  $('baseline').addEventListener('change', (event) => {
    const first = event.target.options[0];
    baseline = first && event.target.value === first.value ? '' : event.target.value;
    page = 1;
    load();
  });
  let typing = null;
  $('search').addEventListener('input', (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => { search = event.target.value.trim(); page = 1; load(); }, 250);
  });
  $('prev').addEventListener('click', () => { page = Math.max(1, page - 1); load(); });
  $('next').addEventListener('click', () => { page += 1; load(); });
  load();
})();
