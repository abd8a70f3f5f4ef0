// Draws the map of the reviews with Apache ECharts (from its WebJar): the States the user follows coloured by their
// review's stage or their checklist's completion. Country shapes are Natural Earth's (public domain) 1:50m admin-0
// countries from the npm package world-atlas, read by topojson-client, both packed into the jar at build time and
// served under /vendor/: nothing is fetched from outside, the map works offline. Shapes are keyed by ISO 3166-1
// numeric code, which /api/map gives each State.
(function () {
  var box = document.getElementById('map');
  if (!box || typeof echarts === 'undefined' || typeof topojson === 'undefined') { return; }
  var rtl = document.documentElement.dir === 'rtl';
  var stages = JSON.parse(box.dataset.stages);
  var palette = ['#b0bec5', '#ffcc80', '#ffb74d', '#4fc3f7', '#0288d1', '#9575cd', '#2e7d32', '#1b5e20'];
  function json(url) { return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); }); }
  Promise.all([json(box.dataset.shapes), json(box.dataset.source)]).then(function (loaded) {
    var topology = loaded[0];
    var states = loaded[1].states;
    var world = topojson.feature(topology, topology.objects.countries);
    // Drawn flat, a ring that crosses the 180th meridian (Fiji, Chukotka) would be stroked across the whole map:
    // such a ring is drawn east of it instead. Antarctica (010), no State and its ring round the pole, is left out.
    world.features = world.features.filter(function (f) { return String(f.id) !== '010'; });
    world.features.forEach(function (f) {
      var polygons = !f.geometry ? [] : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      polygons.forEach(function (polygon) {
        polygon.forEach(function (ring) {
          var east = ring.some(function (p) { return p[0] > 160; });
          var west = ring.some(function (p) { return p[0] < -160; });
          if (east && west) { ring.forEach(function (p) { if (p[0] < 0) { p[0] += 360; } }); }
        });
      });
    });
    var shaped = {};
    world.features.forEach(function (f, i) {
      f.properties = { name: f.id ? String(f.id) : 'none-' + i };
      shaped[f.properties.name] = true;
    });
    echarts.registerMap('irm-world', world);
    var unshaped = states.filter(function (s) { return !s.numeric || !shaped[s.numeric]; });
    if (unshaped.length) {
      var note = document.getElementById('map-unshaped');
      note.querySelector('span').textContent = unshaped.map(function (s) { return s.name + ' (' + s.state + ')'; }).join(', ');
      note.hidden = false;
    }
    var stageIndex = {};
    stages.forEach(function (s, i) { stageIndex[s.code] = i; });
    var chart = echarts.init(box);
    function draw(by) {
      var data = states.filter(function (s) { return s.numeric; }).map(function (s) {
        return { name: s.numeric, value: by === 'stage' ? stageIndex[s.stage] : s.completion, state: s };
      });
      var visualMap = by === 'stage'
        ? { type: 'piecewise', left: rtl ? 'right' : 'left', bottom: 10,
            pieces: stages.map(function (s, i) { return { value: i, label: s.label, color: palette[i % palette.length] }; }) }
        : { type: 'continuous', min: 0, max: 100, text: ['100%', '0%'], calculable: false, left: rtl ? 'right' : 'left',
            bottom: 10, inRange: { color: ['#e57373', '#ffcc80', '#2e7d32'] } };
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: function (p) {
          if (!p.data) { return ''; }
          var s = p.data.state;
          return echarts.format.encodeHTML(s.name + ' (' + s.state + ')') + '<br>'
            + echarts.format.encodeHTML(box.dataset.stage + ': ' + s.stageLabel) + '<br>'
            + echarts.format.encodeHTML(box.dataset.completion + ': ' + s.completion + '%');
        } },
        visualMap: visualMap,
        series: [{ type: 'map', map: 'irm-world', roam: true, data: data,
                   itemStyle: { areaColor: '#eceff1', borderColor: '#90a4ae', borderWidth: 0.4 },
                   emphasis: { label: { show: false }, itemStyle: { areaColor: '#fff59d' } },
                   select: { disabled: true } }]
      }, true);
      box.setAttribute('data-drawn', by);
    }
    var select = document.getElementById('map-colour');
    select.addEventListener('change', function () { draw(select.value); });
    draw(select.value);
  });
})();
