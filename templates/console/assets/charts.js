// Draws the overview's chart with Apache ECharts (served from its WebJar, never a CDN): per State, how many
// provisions are answered, have findings, are missing. Data from the console's own JSON (/api/states), which
// the access policy filters like the page. A separate file, so the page's Content-Security-Policy allows no inline script.
(function () {
  var box = document.getElementById('completion-chart');
  if (!box || typeof echarts === 'undefined') { return; }
  var rtl = document.documentElement.dir === 'rtl';
  fetch(box.dataset.source, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
    var states = data.states.map(function (s) { return s.state; });
    function series(key, label, color) {
      return { name: label, type: 'bar', stack: 'provisions', itemStyle: { color: color },
               data: data.states.map(function (s) { return s[key]; }) };
    }
    var chart = echarts.init(box);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { right: rtl ? 0 : 'auto' },
      xAxis: { type: 'category', data: states, inverse: rtl },
      yAxis: { type: 'value', position: rtl ? 'right' : 'left' },
      series: [series('answered', box.dataset.answered, '#2e7d32'), series('findings', box.dataset.findings, '#ef8f00'),
               series('missing', box.dataset.missing, '#b0b7bf')]
    });
    box.setAttribute('data-drawn', 'true');
  });
})();
