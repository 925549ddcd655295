// The money-flow graph of /finance/trace: asks /finance/trace/data (the session's user) for the same trace and draws accounts as nodes
// (size by the amount traced through them) and payments as edges (width by the amount attributed), left to right by hop.
(function () {
  'use strict';
  const box = document.getElementById('flow');
  if (!box || typeof cytoscape === 'undefined') {
    return;
  }
  const d = box.dataset;
  const q = new URLSearchParams({account: d.account, direction: d.direction, hops: d.hops, rule: d.rule, currency: d.currency});
  fetch('/finance/trace/data?' + q.toString(), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then(r => r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)))
    .then(draw)
    .catch(e => { box.textContent = 'The graph could not be drawn: ' + e.message; });

  function draw(t) {
    const accounts = t.accounts.slice(0, 400);
    const shown = new Set(accounts.map(a => a.account));
    const max = Math.max(1, ...accounts.map(a => Number(a.traced)));
    const edges = new Map();
    for (const p of t.payments) {
      if (!shown.has(p.payer) || !shown.has(p.payee)) {
        continue;
      }
      const key = p.payer + '\u0000' + p.payee;
      const e = edges.get(key) || {source: p.payer, target: p.payee, amount: 0, count: 0};
      e.amount += Number(p.attributed);
      e.count += 1;
      edges.set(key, e);
    }
    const maxEdge = Math.max(1, ...[...edges.values()].map(e => e.amount));
    const perHop = new Map();
    const elements = [];
    for (const a of accounts) {
      const row = perHop.get(a.hop) || 0;
      perHop.set(a.hop, row + 1);
      const x = (d.direction === 'backward' ? -1 : 1) * a.hop * 220;
      elements.push({data: {id: a.account, label: a.account + '\n' + a.traced, size: 20 + 40 * Math.sqrt(Number(a.traced) / max),
        origin: a.hop === 0 ? 'yes' : 'no'}, position: {x: x, y: row * 70}});
    }
    let i = 0;
    for (const e of edges.values()) {
      elements.push({data: {id: 'e' + (i++), source: e.source, target: e.target, width: 1 + 9 * e.amount / maxEdge,
        label: e.amount.toFixed(2) + (e.count > 1 ? ' (' + e.count + ')' : '')}});
    }
    cytoscape({
      container: box,
      elements: elements,
      layout: {name: 'preset'},
      wheelSensitivity: 0.3,
      style: [
        {selector: 'node', style: {'background-color': '#2b6cb0', label: 'data(label)', 'text-wrap': 'wrap', 'font-size': 10,
          width: 'data(size)', height: 'data(size)', 'text-valign': 'bottom'}},
        {selector: 'node[origin = "yes"]', style: {'background-color': '#c53030'}},
        {selector: 'edge', style: {width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', label: 'data(label)', 'font-size': 9}}
      ]
    });
    box.setAttribute('data-drawn', String(elements.length));
  }
})();
