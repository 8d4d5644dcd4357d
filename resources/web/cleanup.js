'use strict';
// The storage cleanup rules of the exported projects, read-only: a grid per project (global, project,
// missing), and the launch auto-close note. Every value reaches the page as text.
(function () {
  const words = JSON.parse(document.getElementById('i18n').textContent);
  const t = (text, ...args) => (words[text] || text).replace(/%(\d)/g, (_, n) => String(args[n - 1] ?? ''));
  const $ = (id) => document.getElementById(id);
  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  document.title = t('Storage cleanup in TestOps');

  const element = (tag, text, className) => {
    const el = document.createElement(tag);
    if (text != null) el.textContent = text;
    if (className) el.className = className;
    return el;
  };

  function cellText(cell) {
    if (cell.source === 'missing') return t('missing');
    return t(cell.source === 'project' ? '%1 h · project' : '%1 h · global', cell.effective);
  }

  function renderProject(project, targets, statuses, names) {
    const box = element('section', null, 'cleanup-project');
    box.append(element('h2', t('%1 (project %2)', project.name, project.id)));
    if (project.error) {
      box.append(element('p', t('The rules cannot be read: %1', project.error), 'warn'));
      return box;
    }
    box.append(element('p', project.missing === 0 ? t('The full rule set is in place.')
      : t('%1 of 15 cells have no rule: those artefacts are never deleted.', project.missing),
    project.missing === 0 ? 'muted' : 'warn'));
    const table = element('table', null, 'cleanup-grid');
    const head = element('tr');
    head.append(element('th'));
    statuses.forEach((status, i) => { const th = element('th', names.statuses[i] || status); th.scope = 'col'; head.append(th); });
    table.append(element('thead'));
    table.tHead.append(head);
    const body = element('tbody');
    targets.forEach((target, i) => {
      const row = element('tr');
      const th = element('th', names.targets[i] || target);
      th.scope = 'row';
      row.append(th);
      statuses.forEach((status) => {
        const cell = project.cells.find((c) => c.target === target && c.status === status);
        row.append(element('td', cell ? cellText(cell) : '', cell ? cell.source : ''));
      });
      body.append(row);
    });
    table.append(body);
    const scroll = element('div', null, 'grid-scroll'); // a phone scrolls the grid, not the page
    scroll.append(table);
    box.append(scroll);
    const close = project.launchClose || {};
    if (close.known) // the words are the server's, as the window and the command line say them
      box.append(element('p', close.text, close.finishedSeconds > 0 ? 'muted' : 'warn'));
    return box;
  }

  async function load() {
    let data;
    try {
      const answer = await fetch('/api/cleanup', { headers: { Accept: 'application/json' } });
      data = await answer.json();
      if (!answer.ok) throw new Error(data.error || String(answer.status));
    } catch (e) {
      $('message').textContent = t('The server cannot be reached.');
      setTimeout(load, 5000);
      return;
    }
    if (data.state === 'loading') {
      $('message').textContent = t('Reading the rules from TestOps…');
      setTimeout(load, 1000);
      return;
    }
    $('message').textContent = data.state === 'error' ? t('The rules cannot be read: %1', data.error)
      : (data.globalError || '');
    $('projects').replaceChildren(...data.projects.map((p) => renderProject(p, data.targets, data.statuses, { targets: data.targetNames || [], statuses: data.statusNames || [] })));
  }
  load();
}());
