// The graph explorer: asks /investigation/network/data/* (the session's link-analysis API) and draws with Cytoscape.js.
(function () {
  'use strict';
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
  var cy;
  var selected = null;
  function $(id) { return document.getElementById(id); }

  function scope() {
    var p = new URLSearchParams();
    p.set('purpose', $('x-purpose').value);
    if ($('x-dataset').value) { p.set('datasets', $('x-dataset').value); }
    var rel = Array.prototype.filter.call($('x-relations').options, function (o) { return o.selected; }).map(function (o) { return o.value; });
    if (rel.length) { p.set('relations', rel.join(',')); }
    if ($('x-since').value) { p.set('since', $('x-since').value); }
    if ($('x-until').value) { p.set('until', $('x-until').value); }
    return p;
  }

  function say(text) { $('explain').textContent = text; }

  function ask(path, params) {
    return fetch('/investigation/network/data' + path + '?' + params.toString(), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error((body && body.detail) || ('request failed: ' + r.status)); }
          return body;
        });
      });
  }

  function fail(e) { say('Not done: ' + e.message); }

  function counts() {
    var n = cy.nodes(':visible').length, m = cy.edges(':visible').length;
    $('x-counts').textContent = n + ' entities, ' + m + ' links shown.';
    $('x-counts').setAttribute('data-nodes', String(n));
    $('x-counts').setAttribute('data-edges', String(m));
  }

  function add(view, replace) {
    if (replace) { cy.elements().remove(); }
    view.nodes.forEach(function (n) {
      if (cy.getElementById(n.id).empty()) {
        cy.add({group: 'nodes', data: {id: n.id, label: n.caption, schema: n.schema, dataset: n.dataset}});
      }
    });
    view.links.forEach(function (l) {
      if (cy.getElementById(l.id).empty() && !cy.getElementById(l.source).empty() && !cy.getElementById(l.target).empty()) {
        cy.add({group: 'edges', data: {id: l.id, source: l.source, target: l.target, relation: l.relation, label: l.verb,
          directed: l.directed ? 'yes' : 'no', weight: l.weight, count: l.count}});
      }
    });
    cy.layout({name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true}).run();
    counts();
  }

  function load() {
    ask('', scope()).then(function (v) { add(v, true); say(v.explanation); }).catch(fail);
  }

  function expand() {
    var p = scope();
    p.set('seeds', $('x-seed').value);
    p.set('hops', $('x-hops').value);
    ask('/expand', p).then(function (v) { add(v, false); say(v.explanation); }).catch(fail);
  }

  function size() {
    var measure = $('x-measure').value;
    if (!measure) { cy.nodes().style({width: 24, height: 24}); return; }
    var p = scope();
    p.set('measure', measure);
    ask('/centrality', p).then(function (c) {
      var max = c.ranking.length ? c.ranking[0].value || 1 : 1;
      c.ranking.forEach(function (r) {
        var n = cy.getElementById(r.node.id);
        if (!n.empty()) { var s = 14 + 46 * (r.value / max); n.style({width: s, height: s}); n.data('score', r.value); }
      });
      say(c.ranking.slice(0, 3).map(function (r) { return r.rank + '. ' + r.explanation; }).join('\n') + '\n(' + c.normalisation + ')');
    }).catch(fail);
  }

  function communities() {
    ask('/communities', scope()).then(function (c) {
      Object.keys(c.membership).forEach(function (id) {
        var n = cy.getElementById(id);
        if (!n.empty()) { n.data('community', c.membership[id]); n.style('background-color', PALETTE[c.membership[id] % PALETTE.length]); }
      });
      $('legend').innerHTML = '';
      c.groups.forEach(function (g, i) {
        var s = document.createElement('span');
        s.className = 'community';
        s.style.color = PALETTE[i % PALETTE.length];
        s.textContent = '● group ' + (i + 1) + ' (' + g.length + ')';
        $('legend').appendChild(s);
      });
      say(c.explanation);
    }).catch(fail);
  }

  function keyPlayers() {
    var p = scope();
    p.set('k', '3');
    ask('/key-players', p).then(function (list) {
      cy.nodes().removeClass('key');
      list.forEach(function (k) { cy.getElementById(k.node.id).addClass('key'); });
      say(list.length ? list.map(function (k) { return k.explanation; }).join('\n') : 'The network is too small to have key players.');
    }).catch(fail);
  }

  function paths() {
    var p = scope();
    p.set('source', $('x-source').value);
    p.set('target', $('x-target').value);
    p.set('maxDegree', $('x-maxdegree').value || '0');
    p.set('k', '3');
    ask('/paths', p).then(function (r) {
      cy.elements().removeClass('path');
      r.paths.forEach(function (path) { add({nodes: path.nodes, links: path.links}, false); });
      if (r.paths.length) {
        r.paths[0].nodes.forEach(function (n) { cy.getElementById(n.id).addClass('path'); });
        r.paths[0].links.forEach(function (l) { cy.getElementById(l.id).addClass('path'); });
      }
      say(r.explanation + (r.paths.length ? '\n' + r.paths.map(function (x) { return '• ' + x.explanation; }).join('\n') : ''));
      $('explain').setAttribute('data-paths', String(r.paths.length));
    }).catch(fail);
  }

  function select(node) {
    selected = node;
    $('x-selected').innerHTML = '';
    var a = document.createElement('a');
    a.href = '/investigation/entities/' + encodeURIComponent(node.id());
    a.textContent = node.data('label');
    $('x-selected').appendChild(a);
    $('x-selected').appendChild(document.createTextNode(' · ' + node.data('schema') + ' · ' + node.data('dataset') + ' · ' + node.id()));
    $('x-seed').value = node.id();
  }

  function start() {
    if (typeof cytoscape !== 'function') { say('The graph library did not load.'); return; }
    cy = cytoscape({
      container: $('cy'),
      wheelSensitivity: 0.3,
      style: [
        {selector: 'node', style: {'label': 'data(label)', 'font-size': 9, 'width': 24, 'height': 24, 'background-color': '#4a6fa5', 'text-valign': 'bottom'}},
        {selector: 'node[schema = "Company"], node[schema = "Organization"]', style: {'shape': 'round-rectangle'}},
        {selector: 'node[schema = "Phone"]', style: {'shape': 'diamond'}},
        {selector: 'edge', style: {'width': 1.5, 'line-color': '#9aa7b5', 'curve-style': 'bezier', 'font-size': 7, 'target-arrow-color': '#9aa7b5'}},
        {selector: 'edge[directed = "yes"]', style: {'target-arrow-shape': 'triangle'}},
        {selector: '.path', style: {'line-color': '#d62728', 'target-arrow-color': '#d62728', 'border-width': 3, 'border-color': '#d62728', 'width': 3}},
        {selector: '.key', style: {'border-width': 4, 'border-color': '#111'}},
        {selector: 'node:locked', style: {'border-style': 'double', 'border-width': 4, 'border-color': '#555'}},
        {selector: ':selected', style: {'overlay-opacity': 0.2}}
      ]
    });
    window.issaExplorer = {cy: function () { return cy; }};
    cy.on('tap', 'node', function (e) { select(e.target); });
    $('x-load').addEventListener('click', load);
    $('x-expand').addEventListener('click', expand);
    $('x-measure').addEventListener('change', size);
    $('x-communities').addEventListener('click', communities);
    $('x-keyplayers').addEventListener('click', keyPlayers);
    $('x-paths').addEventListener('click', paths);
    $('x-pin').addEventListener('click', function () { if (selected) { if (selected.locked()) { selected.unlock(); } else { selected.lock(); } } });
    $('x-hide').addEventListener('click', function () { if (selected) { selected.style('display', 'none'); selected.connectedEdges().style('display', 'none'); counts(); } });
    $('x-as-source').addEventListener('click', function () { if (selected) { $('x-source').value = selected.id(); } });
    $('x-as-target').addEventListener('click', function () { if (selected) { $('x-target').value = selected.id(); } });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
