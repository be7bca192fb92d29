// The officer page: starts builds, shows their progress, previews and sends distributions.
(function () {
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;

  function headers(json) {
    const h = { 'Accept': 'application/json' };
    if (json) h['Content-Type'] = 'application/json';
    if (csrfHeader) h[csrfHeader] = csrfToken;
    return h;
  }

  async function call(method, url, body) {
    const response = await fetch(url, { method, headers: headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = data.errors ? data.errors.map(e => e.message).join('; ') : (data.detail || response.statusText);
      throw new Error(response.status + ': ' + detail);
    }
    return data;
  }

  function show(row, percent, text) {
    const progress = row.querySelector('.progress');
    progress.hidden = false;
    const bar = progress.querySelector('.bar');
    bar.setAttribute('aria-valuenow', String(percent));
    bar.querySelector('span').style.width = percent + '%';
    progress.querySelector('.label').textContent = text;
  }

  // the message is a live region: a screen reader announces it; errors as alerts
  function message(row, text, error) {
    const m = row.querySelector('.message');
    m.setAttribute('role', error ? 'alert' : 'status');
    m.textContent = text;
    m.classList.toggle('error', !!error);
  }

  async function build(row) {
    const button = row.querySelector('.build');
    button.disabled = true;
    message(row, '');
    show(row, 0, 'starting…');
    try {
      const started = await call('POST', '/api/builds', { type: row.dataset.type, body: row.dataset.body,
        meeting: row.dataset.meeting, plan: row.dataset.plan, year: row.dataset.year });
      await watch(row, started.statusUrl);
    } catch (e) {
      message(row, e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  // Follows a job (a build, or a send) by server-sent events, showing each status with `shown` (true once
  // the job has ended); polls if the browser or a proxy cannot keep the stream open.
  function watch(row, url, shown = update) {
    if (!window.EventSource) return poll(row, url, shown);
    return new Promise(resolve => {
      const events = new EventSource(url + '/events');
      let ended = false;
      events.addEventListener('status', e => {
        if (shown(row, JSON.parse(e.data))) {
          ended = true;
          events.close();
          resolve();
        }
      });
      events.onerror = () => {
        events.close();
        if (!ended) poll(row, url, shown).then(resolve);
      };
    });
  }

  async function poll(row, url, shown = update) {
    while (!shown(row, await call('GET', url))) {
      await new Promise(r => setTimeout(r, 300));
    }
  }

  /** Shows a job's status; true once it has ended. */
  function update(row, job) {
    const seconds = (job.elapsedMillis / 1000).toFixed(1);
    show(row, job.percent, job.percent + '% · ' + job.done + ' of ' + job.total + ' · ' + seconds + ' s'
      + (job.current ? ' · ' + job.current : ''));
    if (job.status === 'COMPLETED') {
      files(row, job.files || []);
      const state = row.querySelector('.state');
      state.textContent = 'up to date';
      state.className = 'state UP_TO_DATE';
      const preview = row.querySelector('.preview');
      if (preview) preview.disabled = false;
      message(row, 'Built in ' + seconds + ' s');
      return true;
    }
    return failed(row, job, 'Build');
  }

  /** Shows why a job that ended without completing ended; true if it did. */
  function failed(row, job, what) {
    if (job.status === 'FAILED' || job.status === 'STOPPED' || job.status === 'ABANDONED') {
      const why = (job.errors || []).map(e => e.message).join('; ');
      message(row, what + ' ' + job.status.toLowerCase() + (why ? ': ' + why : ''), true);
      return true;
    }
    return false;
  }

  // the current version's links; the earlier versions' list (shown after a reload) is left as it is
  function files(row, list) {
    const cell = row.querySelector('.files');
    cell.querySelectorAll(':scope > a.download').forEach(a => a.remove());
    const earlier = cell.querySelector(':scope > .earlier-versions');
    for (const f of list) {
      const a = document.createElement('a');
      a.href = f.url;
      a.textContent = f.name + (f.confidential ? ' (confidential)' : '');
      a.className = 'download' + (f.confidential ? ' confidential' : '');
      cell.insertBefore(a, earlier);
    }
  }

  function base(row) {
    return '/api/bodies/' + encodeURIComponent(row.dataset.body) + '/meetings/' + row.dataset.meeting
      + '/documents/' + encodeURIComponent(row.dataset.type) + '/distribution';
  }

  async function preview(row) {
    const box = row.querySelector('.send-preview');
    box.textContent = '';
    try {
      const deliveries = await call('GET', base(row));
      const table = document.createElement('table');
      table.innerHTML = '<caption></caption><thead><tr><th scope="col">Name</th><th scope="col">Role</th>'
        + '<th scope="col">Receives</th><th scope="col">How</th><th scope="col">Status</th>'
        + '<th scope="col">Detail</th></tr></thead>';
      table.querySelector('caption').textContent = 'Who receives ' + row.dataset.label;
      const body = document.createElement('tbody');
      for (const d of deliveries) {
        const tr = document.createElement('tr');
        for (const v of [d.name + ' <' + d.email + '>', d.role, d.file, d.how,
                         d.status === 'SEND' ? 'will be sent' : d.status.toLowerCase(), d.detail || '']) {
          const td = document.createElement('td');
          td.textContent = v;
          tr.appendChild(td);
        }
        body.appendChild(tr);
      }
      table.appendChild(body);
      box.appendChild(table);
      const send = document.createElement('button');
      send.type = 'button';
      send.className = 'send';
      send.textContent = 'Send ' + row.dataset.label + ' now';
      send.addEventListener('click', () => sendNow(row, send));
      box.appendChild(send);
      box.hidden = false;
    } catch (e) {
      message(row, e.message, true);
    }
  }

  // Sending runs in the background: follow its job, then show each recipient's result in the preview
  async function sendNow(row, button) {
    button.disabled = true;
    message(row, '');
    try {
      const started = await call('POST', base(row));
      await watch(row, started.statusUrl, sending);
      await preview(row);
    } catch (e) {
      message(row, e.message, true);
    }
  }

  /** Shows a send's status; true once it has ended. */
  function sending(row, job) {
    show(row, job.percent, job.percent + '% · ' + job.done + ' of ' + job.total + ' recipients');
    if (job.status === 'COMPLETED') {
      message(row, 'Sending finished: each recipient\'s result is in the table');
      return true;
    }
    return failed(row, job, 'Sending');
  }

  // the meeting form: after a problem, the summary takes the focus (and is announced); after moving,
  // adding or removing an item, the item's first field does
  window.addEventListener('DOMContentLoaded', () => {
    const summary = document.getElementById('error-summary');
    const form = document.querySelector('form.meeting-form');
    if (summary) {
      summary.focus();
    } else if (form && form.dataset.focus !== undefined && form.dataset.focus !== '') {
      const field = document.getElementById('item-' + (Number(form.dataset.focus) + 1) + '-number');
      if (field) field.focus();
    } else {
      focusEntry(document.querySelector('form.data-form'));
    }
  });

  // a data file's form: after adding or moving an entry, its first field takes the focus
  function focusEntry(dataForm) {
    const entry = dataForm && dataForm.dataset.focusId ? document.getElementById(dataForm.dataset.focusId) : null;
    const field = entry && entry.querySelector('input:not([type=hidden]), select, textarea');
    if (field) field.focus();
  }

  document.addEventListener('click', event => {
    const row = event.target.closest('tr.document');
    if (!row) return;
    const button = event.target.closest('button');
    if (!button) return;
    if (button.classList.contains('build')) build(row);
    if (button.classList.contains('preview')) preview(row);
  });
})();
