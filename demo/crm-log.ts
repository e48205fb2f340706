/**
 * Demo (issue 15): the call history. Each interaction marked done arrives as one
 * `adk-interaction-log` (from the leading tab only) and is listed as the CRM's activity.
 */
const area = document.getElementById('crm-area')!;
const section = document.createElement('section');
section.className = 'card';
section.setAttribute('aria-labelledby', 'history-title');
section.innerHTML = `<h2 id="history-title">Call history</h2>
  <ol id="history" aria-live="polite"><li>No call done yet.</li></ol>`;
area.append(section);
const list = section.querySelector('#history')!;
let empty = true;

document.getElementById('bridge')!.addEventListener('adk-interaction-log', (e) => {
  const log = e.detail;
  if (empty) list.textContent = '';
  empty = false;
  const li = document.createElement('li');
  const when = new Date(log.done).toLocaleTimeString();
  li.textContent =
    `${when} · ${log.kind} · ${log.direction ?? ''} · ${log.party.name ?? ''} ${log.party.number ?? ''} · ` +
    `talk ${log.durations.talk} s, hold ${log.durations.hold} s, wrap-up ${log.durations.afterCallWork} s · ` +
    `${log.disposition.code ?? 'no code'}${log.disposition.note ? ` (${log.disposition.note})` : ''}` +
    `${log.record ? ` · record ${log.record.handle} ${log.record.campaign ?? ''}` : ''}` +
    `${log.callback ? ` · callback ${log.callback.scheduledFor}` : ''}`;
  list.prepend(li);
});
