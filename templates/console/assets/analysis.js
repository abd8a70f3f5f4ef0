// Draws the TA-needs and outcomes analyses' charts with Apache ECharts (from its WebJar): one clustered bar chart
// per charted table, its bars the table's rows, one series per charted column, as the .xlsx and the note chart
// them. Data from /api/analysis/<name>, which only the secretariat is given.
(function () {
  if (typeof echarts === 'undefined') { return; }
  var rtl = document.documentElement.dir === 'rtl';
  var sections = document.querySelectorAll('section.analysis');
  Array.prototype.forEach.call(sections, function (section) {
    var name = section.id.replace('analysis-', '');
    fetch(section.dataset.source, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
      data.charts.forEach(function (c) {
        var box = document.getElementById('chart-' + name + '-' + c.id);
        if (!box) { return; }
        var chart = echarts.init(box);
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'axis' },
          legend: { right: rtl ? 0 : 'auto' },
          grid: { top: 50, bottom: 90 },
          xAxis: { type: 'category', inverse: rtl, data: c.categories, axisLabel: { interval: 0, rotate: 30, width: 140, overflow: 'truncate' } },
          yAxis: { type: 'value', position: rtl ? 'right' : 'left' },
          series: c.series.map(function (s) {
            return { name: s.name, type: 'bar', data: s.data,
                     tooltip: { valueFormatter: function (v) { return s.share ? v + '%' : v; } } };
          })
        });
        box.setAttribute('data-drawn', 'true');
      });
      section.setAttribute('data-drawn', 'true');
    });
  });
})();
