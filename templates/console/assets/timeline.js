// Draws the reviews timeline beside the calendar with Apache ECharts (from its WebJar): one line per State, each
// deadline a mark on a time axis (the country visit larger), today a line. Month names in the page's language
// (data-months, from catalogue.DocumentDates); data from /api/calendar, which the access policy filters.
(function () {
  var box = document.getElementById('timeline-chart');
  if (!box || typeof echarts === 'undefined') { return; }
  var rtl = document.documentElement.dir === 'rtl';
  var months = JSON.parse(box.dataset.months);
  var chinese = box.dataset.lang === 'zh';
  function monthLabel(value) {
    var d = new Date(value);
    var year = d.getUTCFullYear();
    return chinese ? year + '年' + (d.getUTCMonth() + 1) + '月' : months[d.getUTCMonth()] + ' ' + year;
  }
  fetch(box.dataset.source, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
    var states = [];
    data.entries.forEach(function (e) { if (states.indexOf(e.state) < 0) { states.push(e.state); } });
    var chart = echarts.init(box);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: function (p) {
        var e = p.data.entry;
        return echarts.format.encodeHTML(e.name + ' (' + e.state + ') · ' + e.milestoneLabel + ' · ' + e.dateText);
      } },
      grid: { left: rtl ? 40 : 70, right: rtl ? 70 : 40 },
      xAxis: { type: 'time', inverse: rtl, axisLabel: { formatter: monthLabel, hideOverlap: true } },
      yAxis: { type: 'category', data: states, position: rtl ? 'right' : 'left' },
      series: [{
        type: 'scatter',
        data: data.entries.map(function (e) {
          return { value: [e.date, e.state], entry: e, symbolSize: e.visit ? 18 : 10,
                   itemStyle: { color: e.visit ? '#c62828' : '#009edb' } };
        }),
        markLine: { symbol: 'none', silent: true, lineStyle: { color: '#555', type: 'dashed' },
                    label: { formatter: box.dataset.todayText },
                    data: [{ xAxis: box.dataset.today }] }
      }]
    });
    box.setAttribute('data-drawn', 'true');
  });
})();
