// Draws the cyber dashboard's chart from the figures the page carries (data-trend); the table on the page holds the same figures.
(function () {
  var box = document.querySelector('.table-scroll');
  if (box) { box.scrollLeft = box.scrollWidth; } // a table wider than the page opens on its latest periods
  var el = document.getElementById('trend-chart');
  if (!el || typeof echarts === 'undefined') { return; }
  var t = JSON.parse(el.getAttribute('data-trend'));
  if (!t.periods || t.series.length === 0) { el.hidden = true; return; }
  // "not yet classified" (key "") is drawn last and in grey: it is the absence of a class, not one more class
  var keyed = t.series.filter(function (s) { return s.key !== ''; });
  var unset = t.series.filter(function (s) { return s.key === ''; });
  var shown = 9; // more stacked series than this cannot be told apart: the rest are summed as "Others" (the table lists each)
  var series = keyed.slice(0, shown).map(function (s) { return { name: s.label, data: s.counts }; });
  if (keyed.length > shown) {
    var rest = keyed.slice(shown);
    series.push({ name: 'Others (' + rest.length + ')', data: t.periods.map(function (_, i) {
      return rest.reduce(function (sum, s) { return sum + s.counts[i]; }, 0);
    }) });
  }
  unset.forEach(function (s) { series.push({ name: s.label, data: s.counts, color: '#a0a7b1' }); });
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false, // figures, not a show; and a screenshot or a print shows the final bars
    aria: { enabled: false }, // the container's own label points to the table, which a screen reader reads far better
    color: ['#1f5fa8', '#d9822b', '#2a9d8f', '#b23a48', '#7b5ea7', '#8a9a5b', '#e0b400', '#5b8fd6', '#9c6b3f', '#5a6270'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 72 },
    xAxis: { type: 'category', data: t.periods.map(function (p) { return p.label; }), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1, name: 'reports' },
    series: series.map(function (s) {
      return { name: s.name, type: 'bar', stack: 'reports', data: s.data, emphasis: { focus: 'series' }, itemStyle: s.color ? { color: s.color } : undefined };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
