(function () {
  "use strict";

  // Every string from the data reaches the page through textContent or vis-network's canvas:
  // nothing built from article text is ever parsed as HTML.

  function readJson(elementId) {
    return JSON.parse(document.getElementById(elementId).textContent);
  }

  function checkedValues(className) {
    var values = new Set();
    document.querySelectorAll("input." + className).forEach(function (box) {
      if (box.checked) { values.add(box.value); }
    });
    return values;
  }

  function allValues(className) {
    var values = new Set();
    document.querySelectorAll("input." + className).forEach(function (box) {
      values.add(box.value);
    });
    return values;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  var nodes = new vis.DataSet(readJson("kg-nodes-data"));
  var edges = new vis.DataSet(readJson("kg-edges-data"));
  var nameData = readJson("kg-names-data");
  var options = readJson("kg-options-data");

  var activeRoles = checkedValues("kg-type-filter");
  var knownStatuses = allValues("kg-status-filter");
  var activeStatuses = checkedValues("kg-status-filter");

  function nodeShown(node) {
    return node !== null && activeRoles.has(node.kgRole);
  }

  var visibleNodes = new vis.DataView(nodes, {filter: nodeShown});
  var visibleEdges = new vis.DataView(edges, {
    filter: function (edge) {
      var statusShown = !knownStatuses.has(edge.kgStatus) || activeStatuses.has(edge.kgStatus);
      return statusShown && nodeShown(nodes.get(edge.from)) && nodeShown(nodes.get(edge.to));
    }
  });

  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: visibleNodes, edges: visibleEdges}, options);
  network.once("afterDrawing", function () { window.kgDrawn = true; });

  // Labels: font sizes come from kg/view/layout.py so hubs are named first; once zoomed in, none
  // grows past the cap on screen (vis-network's own maxVisible does not cap the size drawn).
  var labelCap = Number(container.dataset.labelMaxPx);
  var baseFontSize = new Map();
  nodes.forEach(function (node) { baseFontSize.set(node.id, node.font.size); });
  function capLabels() {
    var scale = network.getScale();
    var updates = [];
    nodes.forEach(function (node) {
      var wanted = Math.min(baseFontSize.get(node.id), labelCap / scale);
      if (Math.abs(node.font.size - wanted) > 0.01) {
        updates.push({id: node.id, font: {size: wanted}});
      }
    });
    if (updates.length) { nodes.update(updates); }
  }
  var capTimer = null;
  function capLabelsSoon() {
    if (capTimer !== null) { clearTimeout(capTimer); }
    capTimer = setTimeout(function () { capTimer = null; capLabels(); }, 60);
  }
  network.on("zoom", capLabelsSoon);
  network.on("animationFinished", capLabelsSoon);

  // Header counts follow the filters.
  var countsLine = document.getElementById("kg-counts");
  function showCounts() {
    var shownNodes = visibleNodes.length;
    var shownEdges = visibleEdges.length;
    if (shownNodes === nodes.length && shownEdges === edges.length) {
      countsLine.textContent = plural(nodes.length, "node") + " \u00b7 " + plural(edges.length, "edge");
    } else {
      countsLine.textContent = shownNodes + " of " + plural(nodes.length, "node") + " \u00b7 " +
        shownEdges + " of " + plural(edges.length, "edge") + " shown";
    }
  }

  // Edge labels: only the hovered edge and the edges of the selected nodes carry one.
  var labelledEdges = new Set();
  var hoveredEdge = null;
  function refreshEdgeLabels() {
    var wanted = new Set();
    if (hoveredEdge !== null && edges.get(hoveredEdge) !== null) { wanted.add(hoveredEdge); }
    network.getSelectedNodes().forEach(function (nodeId) {
      network.getConnectedEdges(nodeId).forEach(function (edgeId) { wanted.add(edgeId); });
    });
    var updates = [];
    labelledEdges.forEach(function (edgeId) {
      if (!wanted.has(edgeId)) { updates.push({id: edgeId, label: ""}); }
    });
    wanted.forEach(function (edgeId) {
      if (!labelledEdges.has(edgeId)) {
        updates.push({id: edgeId, label: edges.get(edgeId).kgLabel});
      }
    });
    labelledEdges = wanted;
    if (updates.length) { edges.update(updates); }
  }

  // The details panel: a docked, scrolling tooltip; a click keeps it open.
  var details = document.getElementById("kg-details");
  var detailsText = document.getElementById("kg-details-text");
  var pinned = false;
  function showDetails(text, pin) {
    detailsText.textContent = text;
    details.hidden = false;
    details.scrollTop = 0;
    pinned = pin;
    details.classList.toggle("kg-pinned", pin);
  }
  function hideDetails() {
    details.hidden = true;
    pinned = false;
    details.classList.remove("kg-pinned");
  }
  network.on("hoverNode", function (params) {
    if (!pinned) { showDetails(nodes.get(params.node).kgInfo, false); }
  });
  network.on("blurNode", function () {
    if (!pinned) { hideDetails(); }
  });
  network.on("hoverEdge", function (params) {
    hoveredEdge = params.edge;
    refreshEdgeLabels();
    if (!pinned) { showDetails(edges.get(params.edge).kgInfo, false); }
  });
  network.on("blurEdge", function () {
    hoveredEdge = null;
    refreshEdgeLabels();
    if (!pinned) { hideDetails(); }
  });
  network.on("click", function (params) {
    if (params.nodes.length) {
      showDetails(nodes.get(params.nodes[0]).kgInfo, true);
    } else if (params.edges.length) {
      showDetails(edges.get(params.edges[0]).kgInfo, true);
    } else {
      hideDetails();
    }
  });
  network.on("select", refreshEdgeLabels);
  network.on("deselectNode", refreshEdgeLabels);
  document.getElementById("kg-details-close").addEventListener("click", hideDetails);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hideDetails(); }
  });

  function refreshFilters() {
    activeRoles = checkedValues("kg-type-filter");
    activeStatuses = checkedValues("kg-status-filter");
    visibleNodes.refresh();
    visibleEdges.refresh();
    refreshEdgeLabels();
    showCounts();
  }
  document.querySelectorAll("input.kg-type-filter, input.kg-status-filter").forEach(function (box) {
    box.addEventListener("change", refreshFilters);
  });

  // Names: the table comes from kg/view/names.py's entity_names (names, aliases, parents and their
  // divisions); matching uses the same normalisation and difflib's ratio, as --focus does.
  function normaliseName(name) {
    return name.replace(/[\u2018\u2019]/g, "'").toLowerCase().replace(/[.,]/g, "")
      .replace(/\s+/g, " ").trim();
  }

  // difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(), over code points.
  function nameSimilarity(first, second) {
    var a = Array.from(first);
    var b = Array.from(second);
    if (a.length + b.length === 0) { return 1; }
    var positions = new Map();
    b.forEach(function (character, index) {
      if (!positions.has(character)) { positions.set(character, []); }
      positions.get(character).push(index);
    });
    function longestMatch(alo, ahi, blo, bhi) {
      var bestI = alo, bestJ = blo, bestSize = 0;
      var lengths = new Map();
      for (var i = alo; i < ahi; i++) {
        var next = new Map();
        var found = positions.get(a[i]) || [];
        for (var x = 0; x < found.length; x++) {
          var j = found[x];
          if (j < blo) { continue; }
          if (j >= bhi) { break; }
          var size = (lengths.get(j - 1) || 0) + 1;
          next.set(j, size);
          if (size > bestSize) { bestI = i - size + 1; bestJ = j - size + 1; bestSize = size; }
        }
        lengths = next;
      }
      return [bestI, bestJ, bestSize];
    }
    var matched = 0;
    var queue = [[0, a.length, 0, b.length]];
    while (queue.length) {
      var range = queue.pop();
      var match = longestMatch(range[0], range[1], range[2], range[3]);
      if (match[2] > 0) {
        matched += match[2];
        if (range[0] < match[0] && range[2] < match[1]) {
          queue.push([range[0], match[0], range[2], match[1]]);
        }
        if (match[0] + match[2] < range[1] && match[1] + match[2] < range[3]) {
          queue.push([match[0] + match[2], range[1], match[1] + match[2], range[3]]);
        }
      }
    }
    return 2 * matched / (a.length + b.length);
  }

  var names = nameData.names.map(function (row) {
    return {key: row[0], keyLength: Array.from(row[0]).length, spelled: row[1], display: row[2],
            nodes: row[3], note: row[4], listed: row[5]};
  });

  // Exact name or alias; else a name containing what was typed (prefixes first, then the
  // shortest); else the most similar name at or above difflib's cutoff.
  function findName(query) {
    var wanted = normaliseName(query);
    if (!wanted) { return null; }
    var exact = names.find(function (entry) { return entry.key === wanted; });
    if (exact) { return {entry: exact, how: "exact"}; }
    var partial = names.filter(function (entry) {
      return entry.nodes.length && entry.key.indexOf(wanted) !== -1;
    });
    if (partial.length) {
      partial.sort(function (x, y) {
        var byPrefix = (y.key.indexOf(wanted) === 0) - (x.key.indexOf(wanted) === 0);
        return byPrefix || x.key.length - y.key.length || (x.key < y.key ? -1 : 1);
      });
      return {entry: partial[0], how: "partial"};
    }
    var best = null;
    var bestScore = nameData.cutoff;
    var wantedLength = Array.from(wanted).length;
    names.forEach(function (entry) {
      // difflib's real_quick_ratio: an upper bound from the lengths alone.
      var length = entry.keyLength;
      if (2 * Math.min(length, wantedLength) / (length + wantedLength) < bestScore) { return; }
      var score = nameSimilarity(wanted, entry.key);
      var display = entry.display.toLowerCase();
      if (score > bestScore || (score === bestScore &&
          (best === null || display < best.display.toLowerCase()))) {
        best = entry;
        bestScore = score;
      }
    });
    return best === null ? null : {entry: best, how: "fuzzy"};
  }

  var nameList = document.getElementById("kg-node-names");
  Array.from(new Set(names.filter(function (entry) { return entry.listed && entry.nodes.length; })
    .map(function (entry) { return entry.spelled; }))).sort().forEach(function (name) {
    var option = document.createElement("option");
    option.value = name;
    nameList.appendChild(option);
  });

  var searchInput = document.getElementById("kg-search-input");
  var searchStatus = document.getElementById("kg-search-status");
  document.getElementById("kg-search").addEventListener("submit", function (event) {
    event.preventDefault();
    var found = findName(searchInput.value);
    if (found === null) {
      searchStatus.textContent = "No entity matches \u201c" + searchInput.value + "\u201d";
      return;
    }
    var entry = found.entry;
    if (!entry.nodes.length) {
      searchStatus.textContent = entry.note;
      return;
    }
    var shown = entry.nodes.filter(function (nodeId) { return visibleNodes.get(nodeId) !== null; });
    if (!shown.length) {
      searchStatus.textContent = entry.display + " is hidden by the role filter";
      return;
    }
    network.selectNodes(shown);
    refreshEdgeLabels();
    var animation = {duration: 400, easingFunction: "easeInOutQuad"};
    if (shown.length === 1) {
      network.focus(shown[0], {scale: 1.2, animation: animation});
    } else {
      network.fit({nodes: shown, animation: animation});
    }
    searchStatus.textContent = (found.how === "fuzzy"
      ? "No exact match for \u201c" + searchInput.value.trim() + "\u201d; showing "
      : "Showing ") + entry.note;
  });
  document.getElementById("kg-fit").addEventListener("click", function () {
    network.unselectAll();
    refreshEdgeLabels();
    network.fit();
    searchStatus.textContent = "";
  });

  showCounts();

  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgVisibleNodes = visibleNodes;
  window.kgVisibleEdges = visibleEdges;
  window.kgNetwork = network;
  window.kgFindName = findName;
  window.kgCapLabels = capLabels;
  window.kgNameSimilarity = nameSimilarity;
  window.kgNormaliseName = normaliseName;
}());
