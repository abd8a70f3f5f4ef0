// Draws the recommendation tracker's chart with Apache ECharts (from its WebJar, never a CDN): across States,
// one stacked bar per State of its items by status; for one State, its items by status. Data from the
// console's own JSON (/api/tracker, /api/tracker/<State>), which the access policy filters like the page.
(function () {
  var box = document.getElementById('tracker-chart');
  if (!box || typeof echarts === 'undefined') { return; }
  var rtl = document.documentElement.dir === 'rtl';
  var colours = { 'implemented': '#2e7d32', 'partially-implemented': '#7cb342', 'in-progress': '#ef8f00',
                  'not-started': '#c62828', 'not-applicable': '#90a4ae', 'not-reported': '#cfd8dc' };
  fetch(box.dataset.source, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
    var chart = echarts.init(box);
    var option;
    if (box.dataset.kind === 'state') {
      option = {
        animation: false,
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', inverse: rtl, axisLabel: { interval: 0, rotate: 20 },
                 data: data.statuses.map(function (s) { return s.label; }) },
        yAxis: { type: 'value', minInterval: 1, position: rtl ? 'right' : 'left' },
        series: [{ type: 'bar', data: data.statuses.map(function (s) {
          return { value: data.byStatus[s.status], itemStyle: { color: colours[s.status] || '#607d8b' } };
        }) }]
      };
    } else {
      option = {
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { right: rtl ? 0 : 'auto' },
        grid: { top: 60 },
        xAxis: { type: 'category', inverse: rtl, data: data.states.map(function (s) { return s.state; }) },
        yAxis: { type: 'value', minInterval: 1, position: rtl ? 'right' : 'left' },
        series: data.statuses.map(function (s) {
          return { name: s.label, type: 'bar', stack: 'items', itemStyle: { color: colours[s.status] || '#607d8b' },
                   data: data.states.map(function (state) { return state.byStatus[s.status]; }) };
        })
      };
    }
    chart.setOption(option);
    box.setAttribute('data-drawn', 'true');
  });
})();
