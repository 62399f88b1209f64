// The Leaflet peer of card-bench: the corridor's GeoJSON drawn with plain
// Leaflet 1.9.4 (no tile layer: the benchmark has no internet), fitted to
// the window, and for a station link (?s=<id>) a popup on that station, or
// a card sheet when the station has no position. The card's title carries
// elementtiming="corridor-card", the attribute card-bench times in the app.
(function () {
  'use strict';

  var wanted = (new URLSearchParams(location.search).get('s') || '').trim().toLowerCase();
  // No view until the data has come: the first one is the corridor's. No
  // fade: a popup fading in from opacity 0 is not reported by Element
  // Timing (and shows later).
  var map = L.map('map', { attributionControl: false, zoomSnap: 0.25, fadeAnimation: false });

  var escapeHtml = function (value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  };

  var CATEGORY = {
    village: '村', residential: '居民区', 'industrial-zone': '工业区', institute: '科研院所',
    memorial: '纪念场馆', 'service-centre': '服务中心', 'education-base': '教育基地'
  };
  var POSITION = { approximate: '位置为估计值', unknown: '位置未知' };

  // The card of a station: its name, English name, a line of facts, the
  // description and what there is to see and do.
  var cardHtml = function (p) {
    var facts = [CATEGORY[p.category] || p.category, POSITION[p.position] || p.position]
      .filter(Boolean).map(escapeHtml).join(' · ');
    var list = Array.isArray(p.see_do) && p.see_do.length
      ? '<ul class="card-list">' + p.see_do.map(function (s) { return '<li>' + escapeHtml(s) + '</li>'; }).join('') + '</ul>'
      : '';
    return '<h2 class="card-title" elementtiming="corridor-card">' + escapeHtml(p.name || p.id) + '</h2>' +
      (p.name_en ? '<p class="card-sub" lang="en">' + escapeHtml(p.name_en) + '</p>' : '') +
      (facts ? '<p class="card-meta">' + facts + '</p>' : '') +
      (p.description ? '<p class="card-text">' + escapeHtml(p.description) + '</p>' : '') +
      list;
  };

  var style = function (f) {
    var kind = f.properties && f.properties.kind;
    if (kind === 'avenue') return { color: '#a4161a', weight: 5, opacity: 0.9 };
    return { color: '#8a8a8a', weight: 2, opacity: 0.8 };
  };

  var point = function (f, latlng) {
    var station = f.properties && f.properties.kind === 'station';
    return L.circleMarker(latlng, station
      ? { radius: 8, color: '#fff', weight: 2, fillColor: '#a4161a', fillOpacity: 1 }
      : { radius: 4, color: '#6b6b6b', weight: 1, fillColor: '#d8d3c8', fillOpacity: 1 });
  };

  var showCard = function (p) {
    var card = document.getElementById('card');
    card.innerHTML = cardHtml(p);
    card.hidden = false;
  };

  fetch('data/corridor.geojson', { credentials: 'same-origin' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (data) {
      var features = Array.isArray(data && data.features) ? data.features : [];
      var target = null;
      var targetLayer = null;
      var layer = L.geoJSON(null, {
        style: style,
        pointToLayer: point,
        // Features with no position ("position": "unknown") have no geometry.
        filter: function (f) { return !!(f && f.geometry && f.geometry.coordinates); },
        onEachFeature: function (f, l) {
          var p = f.properties || {};
          if (p.kind === 'station') {
            l.bindPopup(function () { return cardHtml(p); }, { maxWidth: 300, maxHeight: 420 });
            if (String(p.id).toLowerCase() === wanted) targetLayer = l;
          }
        }
      });
      features.forEach(function (f) {
        var p = (f && f.properties) || {};
        if (wanted && p.kind === 'station' && String(p.id).toLowerCase() === wanted) target = p;
        try { layer.addData(f); } catch (e) { /* a broken feature is left out */ }
      });
      // The view is set before the layer is added, so nothing animates.
      var bounds = layer.getBounds();
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [16, 16], animate: false });
      } else {
        map.setView([30.75, 121.27], 13, { animate: false });
      }
      layer.addTo(map);
      if (targetLayer) {
        // Centred first, so that the popup opens where it stays (no autopan glide).
        map.panTo(targetLayer.getLatLng(), { animate: false });
        targetLayer.openPopup();
      } else if (target) {
        showCard(target);
      }
    })
    .catch(function (e) {
      if (!map._loaded) map.setView([30.75, 121.27], 13);
      // Said plainly, and without the timed attribute: a failure is no card.
      var card = document.getElementById('card');
      card.textContent = '无法加载数据 The data could not be loaded: ' + e;
      card.hidden = false;
    });
})();
