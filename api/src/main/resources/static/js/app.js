// The pages' one script (a static file: the Content-Security-Policy allows no inline script).
// Charts are drawn from the accessible tables beside them; a running simulation's progress is polled.
(function () {
  'use strict';

  function tableData(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var seriesColumns = [];
    heads.forEach(function (th, i) { if (th.hasAttribute('data-series')) { seriesColumns.push({ index: i, name: th.textContent.trim() }); } });
    var categories = [];
    var values = seriesColumns.map(function () { return []; });
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var cells = tr.children;
      categories.push(cells[0].textContent.trim());
      seriesColumns.forEach(function (s, k) {
        var raw = cells[s.index] ? cells[s.index].getAttribute('data-value') : null;
        values[k].push(raw === null || raw === '' ? null : Number(raw)); // suppressed: a gap, never a zero
      });
    });
    return { categories: categories, series: seriesColumns.map(function (s, k) { return { name: s.name, data: values[k] }; }) };
  }

  function longest(labels) {
    return labels.reduce(function (m, l) { return Math.max(m, l.length); }, 0);
  }

  function draw(el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table || typeof echarts === 'undefined') { return; }
    var d = tableData(table);
    var type = el.getAttribute('data-chart');
    var percent = el.getAttribute('data-percent') === 'true';
    var many = d.categories.length > 8;
    // Many bars read better lying down, one row per category, however narrow the screen.
    var horizontal = many && type !== 'line';
    if (horizontal) {
      el.style.height = (d.categories.length * 22 * Math.max(1, d.series.length * 0.8) + 70) + 'px';
    }
    // Canvas, and tooltips as rich text: the SVG renderer and HTML tooltips write style attributes, which the CSP forbids.
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    var categoryAxis = { type: 'category', data: d.categories, axisLabel: { interval: 0, fontSize: 11, width: 190, overflow: 'truncate' } };
    var valueAxis = { type: 'value', min: percent ? function (v) { return Math.max(0, Math.floor(v.min / 10) * 10); } : 0, max: percent ? 100 : null };
    if (horizontal) {
      categoryAxis.inverse = true;
    } else if (many && d.categories.length > 16) {
      categoryAxis.axisLabel.rotate = 40;
    }
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      color: ['#1d4f91', '#c0392b', '#2e8b57', '#c98a00'],
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { show: d.series.length > 1, bottom: 0 },
      grid: { left: horizontal ? Math.min(200, 12 + 7 * longest(d.categories)) : 48, right: 24, top: 16, bottom: (categoryAxis.axisLabel.rotate ? 80 : 32) + (d.series.length > 1 ? 24 : 0) },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: d.series.map(function (s) {
        return { name: s.name, type: type === 'line' ? 'line' : 'bar', data: s.data, connectNulls: false, symbolSize: 6 };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function poll(progress) {
    var url = progress.getAttribute('data-poll');
    var rows = document.getElementById('progress-rows');
    var timer = window.setInterval(function () {
      fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (s) {
        if (s.progress !== null && s.progress !== undefined) { progress.value = s.progress; }
        if (rows) { rows.textContent = s.rowsRead; }
        if (s.state !== 'running') { window.clearInterval(timer); window.location.reload(); }
      });
    }, 700);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(draw);
    var progress = document.querySelector('progress[data-poll]');
    if (progress) { poll(progress); }
  });
})();
