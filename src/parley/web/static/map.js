/* Parley map on Leaflet (vendored in /static/vendor, no CDN, no tiles): the basemap is the
   bundled Natural Earth TopoJSON; events are circles grouped by place and clustered with
   Leaflet.markercluster; incidents are squares. Popups list a place's events with links, and
   every link keeps the page's filters. Data is put into the DOM as text, never as HTML. */
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || !window.L) { return; }
  var query = box.getAttribute("data-query") || "";

  function withQuery(path, extra) {
    var params = new URLSearchParams(query);
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    var q = params.toString();
    return path + (q ? "?" + q : "");
  }

  /* TopoJSON -> GeoJSON (arcs are quantized and delta-encoded). */
  function decodeArcs(topo) {
    var t = topo.transform;
    return topo.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) {
        if (!t) { return [p[0], p[1]]; }
        x += p[0]; y += p[1];
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      });
    });
  }
  function ring(arcs, indexes) {
    var pts = [];
    indexes.forEach(function (i, k) {
      var a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      pts = pts.concat(k ? a.slice(1) : a);
    });
    return pts;
  }
  /* A ring cut at the antimeridian (Chukotka, Fiji) would be drawn as a stripe across the
     whole map: move its western points east of 180 degrees instead. */
  function unwrap(pts) {
    var lo = Infinity, hi = -Infinity;
    pts.forEach(function (p) { lo = Math.min(lo, p[0]); hi = Math.max(hi, p[0]); });
    if (hi - lo <= 180) { return pts; }
    return pts.map(function (p) { return [p[0] < 0 ? p[0] + 360 : p[0], p[1]]; });
  }
  function toGeoJSON(topo) {
    var arcs = decodeArcs(topo);
    return {
      type: "FeatureCollection",
      features: topo.objects.countries.geometries.filter(function (g) {
        return g.arcs && (g.properties || {}).name !== "Antarctica";  // no events; spans the map
      }).map(function (g) {
        var polys = g.type === "Polygon" ? [g.arcs] : g.arcs;
        return {
          type: "Feature", properties: { name: (g.properties || {}).name || "" },
          geometry: { type: "MultiPolygon", coordinates: polys.map(function (p) {
            return p.map(function (r) { return unwrap(ring(arcs, r)); });
          }) }
        };
      })
    };
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function link(href, text) { return el("a", text, { href: href }); }

  function placePopup(p) {
    var div = el("div", null, { "class": "popup" });
    var h = el("strong");
    h.appendChild(link("/places/" + encodeURIComponent(p.place_id), p.name));
    div.appendChild(h);
    div.appendChild(el("span", " " + (p.country || "") + (p.country_only ? " (country only)" : ""), { "class": "muted" }));
    div.appendChild(el("div", p.n + " event" + (p.n === 1 ? "" : "s") + ": " + p.types.join(", "), { "class": "muted" }));
    var ul = el("ul");
    (p.sample || []).forEach(function (e) {
      var li = el("li");
      li.appendChild(el("span", (e.day || "") + " ", { "class": "muted" }));
      li.appendChild(link("/articles/" + encodeURIComponent(e.article_id) + "#ev-" + encodeURIComponent(e.event_id),
                          e.event + " — " + (e.title || e.article_id)));
      ul.appendChild(li);
    });
    div.appendChild(ul);
    div.appendChild(link(withQuery("/events", { place: p.place_id }), "All " + p.n + " events here, with these filters →"));
    return div;
  }

  function incidentPopup(i) {
    var div = el("div", null, { "class": "popup" });
    var h = el("strong");
    h.appendChild(link("/incidents/" + encodeURIComponent(i.id), i.event + " at " + (i.name || "?")));
    div.appendChild(h);
    div.appendChild(el("div", i.report_count + " report" + (i.report_count === 1 ? "" : "s") + ", " +
                       (i.first_date || "?") + (i.last_date && i.last_date !== i.first_date ? " – " + i.last_date : ""),
                       { "class": "muted" }));
    return div;
  }

  var map = L.map(box, { worldCopyJump: false, minZoom: 1, maxZoom: 12, zoomSnap: 0.5,
                         attributionControl: true, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Leaflet · Natural Earth");
  map.setView([30, 10], 2);

  var geometry = fetch(box.getAttribute("data-geometry")).then(function (r) { return r.json(); });
  var data = fetch(box.getAttribute("data-points")).then(function (r) { return r.json(); });

  Promise.all([geometry, data]).then(function (res) {
    L.geoJSON(toGeoJSON(res[0]), {
      style: function () { return { className: "country", color: "#a9a294", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }; },
      interactive: false
    }).addTo(map);

    var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 80,
      iconCreateFunction: function (c) {
        var n = 0;
        c.getAllChildMarkers().forEach(function (m) { n += m.options.count || 1; });
        var size = n < 10 ? "small" : n < 100 ? "medium" : "large";
        return L.divIcon({ html: "<div><span>" + n + "</span></div>",
                           className: "marker-cluster marker-cluster-" + size, iconSize: L.point(40, 40) });
      } });
    var bounds = [];
    res[1].events.forEach(function (p) {
      var r = Math.min(6 + Math.sqrt(p.n) * 2.5, 22);
      var m = L.circleMarker([p.lat, p.lon], { radius: r, className: "point" + (p.country_only ? " country-only" : ""),
                                               count: p.n, color: "#fff", weight: 1, fillColor: p.country_only ? "#e0902f" : "#c23b32", fillOpacity: 0.8 });
      m.bindPopup(function () { return placePopup(p); }, { maxWidth: 360 });
      m.bindTooltip(p.name + " · " + p.n);
      clusters.addLayer(m);
      bounds.push([p.lat, p.lon]);
    });
    map.addLayer(clusters);

    var incidents = L.layerGroup();
    res[1].incidents.forEach(function (i) {
      var icon = L.divIcon({ className: "incident-icon", iconSize: L.point(12, 12) });
      var m = L.marker([i.lat, i.lon], { icon: icon, title: i.event + " at " + (i.name || "?") });
      m.bindPopup(function () { return incidentPopup(i); });
      incidents.addLayer(m);
      bounds.push([i.lat, i.lon]);
    });
    /* Incident squares would sit on the event clusters' numbers at world zoom: they appear from
       INCIDENT_ZOOM on (and are always listed under the map). */
    var INCIDENT_ZOOM = 5, wanted = true;
    function showIncidents() {
      var on = wanted && map.getZoom() >= INCIDENT_ZOOM;
      if (on && !map.hasLayer(incidents)) { map.addLayer(incidents); }
      if (!on && map.hasLayer(incidents)) { map.removeLayer(incidents); }
    }
    map.on("zoomend", showIncidents);
    var toggle = document.getElementById("show-incidents");
    if (toggle) {
      toggle.addEventListener("change", function () { wanted = toggle.checked; showIncidents(); });
    }

    if (bounds.length) {
      map.fitBounds(L.latLngBounds(bounds).pad(0.2), { maxZoom: 6 });
    }
    showIncidents();
    box.setAttribute("data-points-count", String(res[1].events.length));
    box.setAttribute("data-ready", "1");
  }).catch(function (err) {
    var info = document.getElementById("map-info");
    if (info) { info.textContent = "The map could not load its data: " + err; }
  });

  var hide = document.getElementById("hide-country-only");
  if (hide) {
    hide.addEventListener("change", function () {
      var params = new URLSearchParams(query);
      if (hide.checked) { params.set("country_only", "false"); } else { params.delete("country_only"); }
      var q = params.toString();
      window.location.href = "/map" + (q ? "?" + q : "");
    });
  }
  var reset = document.getElementById("zoom-data");
  if (reset) {
    reset.addEventListener("click", function () { map.setView([30, 10], 2); });
  }
}());
