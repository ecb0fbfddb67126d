/* Parley map: Natural Earth countries (TopoJSON, served by this app) drawn as SVG paths in an
   equirectangular projection, with event points clustered when dense. No library, no network
   request beyond this app: the geometry and the points come from the same server. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var W = 960, H = 480;
  var svg = document.getElementById("map");
  if (!svg) { return; }
  var view = { x: 0, y: 0, w: W, h: H };
  var points = [], incidents = [];

  function project(lon, lat) { return [(lon + 180) * W / 360, (90 - lat) * H / 180]; }

  /* TopoJSON -> rings of [lon, lat]: arcs are quantized and delta-encoded. */
  function decodeArcs(topo) {
    var t = topo.transform, out = [];
    topo.arcs.forEach(function (arc) {
      var x = 0, y = 0, pts = [];
      arc.forEach(function (p) {
        x += p[0]; y += p[1];
        pts.push(t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [p[0], p[1]]);
      });
      if (!t) { pts = arc.map(function (p) { return [p[0], p[1]]; }); }
      out.push(pts);
    });
    return out;
  }

  function ring(arcs, indexes) {
    var pts = [];
    indexes.forEach(function (i, k) {
      var a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      pts = pts.concat(k ? a.slice(1) : a);
    });
    return pts;
  }

  function pathData(arcs, geom) {
    var polys = geom.type === "Polygon" ? [geom.arcs] : geom.type === "MultiPolygon" ? geom.arcs : [];
    var d = "";
    polys.forEach(function (poly) {
      poly.forEach(function (r) {
        ring(arcs, r).forEach(function (p, k) {
          var xy = project(p[0], p[1]);
          d += (k ? "L" : "M") + xy[0].toFixed(1) + "," + xy[1].toFixed(1);
        });
        d += "Z";
      });
    });
    return d;
  }

  function drawCountries(topo) {
    var arcs = decodeArcs(topo), g = svg.querySelector("g.countries");
    topo.objects.countries.geometries.forEach(function (geom) {
      var d = pathData(arcs, geom);
      if (!d) { return; }
      var p = document.createElementNS(SVG, "path");
      p.setAttribute("d", d);
      p.setAttribute("class", "country");
      var t = document.createElementNS(SVG, "title");
      t.textContent = (geom.properties && geom.properties.name) || "";
      p.appendChild(t);
      g.appendChild(p);
    });
  }

  function zoom() { return W / view.w; }

  /* Greedy clustering in screen space: points closer than ~22 px merge at this zoom. */
  function clusters(list) {
    var radius = 22 / zoom(), out = [];
    list.slice().sort(function (a, b) { return b.n - a.n; }).forEach(function (p) {
      var xy = project(p.lon, p.lat);
      var hit = out.find(function (c) { return Math.hypot(c.x - xy[0], c.y - xy[1]) < radius; });
      if (hit) { hit.members.push(p); hit.n += p.n; }
      else { out.push({ x: xy[0], y: xy[1], n: p.n, members: [p] }); }
    });
    return out;
  }

  function drawPoints() {
    var g = svg.querySelector("g.points"), gi = svg.querySelector("g.incidents"), z = zoom();
    g.textContent = ""; gi.textContent = "";
    clusters(points).forEach(function (c) {
      var circle = document.createElementNS(SVG, "circle");
      var many = c.members.length > 1;
      circle.setAttribute("cx", c.x); circle.setAttribute("cy", c.y);
      circle.setAttribute("r", (4 + 3 * Math.sqrt(c.n)) / z);
      circle.setAttribute("class", many ? "point cluster" : "point");
      circle.setAttribute("data-n", c.n);
      circle.setAttribute("data-name", c.members.map(function (m) { return m.name; }).join("; "));
      var t = document.createElementNS(SVG, "title");
      t.textContent = c.members.map(function (m) {
        return m.name + " (" + m.country + "): " + m.n + " event" + (m.n === 1 ? "" : "s") + " — " + m.types.join(", ");
      }).join("\n");
      circle.appendChild(t);
      circle.addEventListener("click", function () {
        var m = c.members[0];
        window.location.href = "/events?q=" + encodeURIComponent(m.name);
      });
      g.appendChild(circle);
      var label = document.createElementNS(SVG, "text");
      label.setAttribute("x", c.x + (7 + 3 * Math.sqrt(c.n)) / z);
      label.setAttribute("y", c.y + 4 / z);
      label.setAttribute("class", "label");
      label.setAttribute("font-size", 11 / z);
      label.setAttribute("stroke-width", 3 / z);
      label.textContent = many ? c.members.length + " places, " + c.n + " events" : c.members[0].name;
      g.appendChild(label);
    });
    incidents.forEach(function (i) {
      var xy = project(i.lon, i.lat), s = (5 + 2 * Math.sqrt(i.report_count)) / z;
      var r = document.createElementNS(SVG, "rect");
      r.setAttribute("x", xy[0] - s / 2); r.setAttribute("y", xy[1] - s / 2);
      r.setAttribute("width", s); r.setAttribute("height", s);
      r.setAttribute("class", "incident");
      var t = document.createElementNS(SVG, "title");
      t.textContent = i.event + " at " + (i.name || "?") + ": " + i.report_count + " reports";
      r.appendChild(t);
      gi.appendChild(r);
    });
  }

  function setView(x, y, w) {
    w = Math.max(20, Math.min(W, w));
    var h = w * H / W;
    view = { x: Math.max(0, Math.min(W - w, x)), y: Math.max(0, Math.min(H - h, y)), w: w, h: h };
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(2); }).join(" "));
    drawPoints();
  }

  function zoomBy(f, cx, cy) {
    cx = cx === undefined ? view.x + view.w / 2 : cx;
    cy = cy === undefined ? view.y + view.h / 2 : cy;
    var w = view.w / f;
    setView(cx - (cx - view.x) / f, cy - (cy - view.y) * (w * H / W) / view.h, w);
  }

  function fit() {
    var all = points.concat(incidents);
    if (!all.length) { setView(0, 0, W); return; }
    var xs = all.map(function (p) { return project(p.lon, p.lat)[0]; });
    var ys = all.map(function (p) { return project(p.lon, p.lat)[1]; });
    var minx = Math.min.apply(null, xs), maxx = Math.max.apply(null, xs);
    var miny = Math.min.apply(null, ys), maxy = Math.max.apply(null, ys);
    var w = Math.max(160, (maxx - minx) * 1.8, (maxy - miny) * 1.8 * W / H);
    setView((minx + maxx) / 2 - w / 2, (miny + maxy) / 2 - (w * H / W) / 2, w);
  }

  function svgPoint(evt) {
    var r = svg.getBoundingClientRect();
    return [view.x + (evt.clientX - r.left) / r.width * view.w, view.y + (evt.clientY - r.top) / r.height * view.h];
  }

  function wire() {
    document.getElementById("zoom-in").addEventListener("click", function () { zoomBy(1.6); });
    document.getElementById("zoom-out").addEventListener("click", function () { zoomBy(1 / 1.6); });
    document.getElementById("zoom-reset").addEventListener("click", function () { setView(0, 0, W); });
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      var p = svgPoint(evt);
      zoomBy(evt.deltaY < 0 ? 1.25 : 0.8, p[0], p[1]);
    }, { passive: false });
    var drag = null;
    svg.addEventListener("mousedown", function (evt) { drag = [evt.clientX, evt.clientY, view.x, view.y]; });
    window.addEventListener("mouseup", function () { drag = null; });
    window.addEventListener("mousemove", function (evt) {
      if (!drag) { return; }
      var r = svg.getBoundingClientRect();
      setView(drag[2] - (evt.clientX - drag[0]) / r.width * view.w,
              drag[3] - (evt.clientY - drag[1]) / r.height * view.h, view.w);
    });
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(url + ": " + r.status); } return r.json(); });
  }

  Promise.all([getJSON(svg.dataset.geometry), getJSON(svg.dataset.points)]).then(function (res) {
    drawCountries(res[0]);
    points = res[1].events || [];
    incidents = res[1].incidents || [];
    wire();
    fit();
    svg.setAttribute("data-ready", "1");
  }).catch(function (err) {
    document.getElementById("map-info").textContent = "The map could not be drawn: " + err.message;
  });
})();
