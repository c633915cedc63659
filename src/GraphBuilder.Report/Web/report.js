// Lays out the report's data. Text from articles only ever goes into text nodes (el() below) or
// Cytoscape labels drawn on a canvas, never into HTML, so markup in an article is shown, not run.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var entities = index(data.entities);
  var articles = index(data.articles);
  var statements = data.statements;
  var statementsById = index(statements);
  var colours = {
    Person: '#2b6cb0', Organization: '#dd6b20', Country: '#2f855a',
    Group: '#805ad5', MilitaryUnit: '#975a16', Place: '#718096'
  };
  var denialColour = '#c53030';

  function index(list) {
    var map = new Map();
    list.forEach(function (item) { map.set(item.id, item); });
    return map;
  }

  function el(tag, className) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function name(id) { return entities.get(id).name; }

  function statementItem(s, showSpeaker) {
    var article = articles.get(s.article);
    return el('li', s.denial ? 'statement denial' : 'statement',
      showSpeaker ? el('span', 'speaker', name(s.speaker)) : null,
      el('span', 'kind', s.denial ? 'denied' : s.verb),
      el('q', null, s.text),
      el('span', 'source', article.byline, ' \u00b7 ', el('cite', null, article.title)));
  }

  function pick(ids) { return ids.map(function (id) { return statementsById.get(id); }); }

  function note(id, text) { document.getElementById(id).textContent = text; }

  function statementList(list, showSpeaker) {
    var ol = el('ol', 'statements');
    list.forEach(function (s) { ol.append(statementItem(s, showSpeaker)); });
    return ol;
  }

  // Speaker network ---------------------------------------------------------------------------

  var network = data.network;
  var speakers = index(network.speakers.map(function (s) { return Object.assign({ id: s.entity }, s); }));
  var drawn = network.speakers.slice(0, network.drawn);
  var mostStatements = Math.max(2, drawn.length ? drawn[0].statements : 2);
  var panel = document.getElementById('speaker-panel');
  var speakerGraph = null;

  function showSpeaker(id) {
    var speaker = speakers.get(id);
    var own = statements.filter(function (s) { return s.speaker === id; });
    panel.replaceChildren(
      el('h3', null, name(id)),
      el('p', 'hint', entities.get(id).type, ' \u00b7 ', speaker.label),
      statementList(own, false));
    panel.dataset.speaker = id;
    if (speakerGraph) {
      speakerGraph.elements().unselect();
      speakerGraph.getElementById(id).select();
    }
  }

  function drawSpeakers() {
    var container = document.getElementById('network');
    var elements = drawn.map(function (s) {
      return { group: 'nodes', data: { id: s.entity, label: name(s.entity), type: entities.get(s.entity).type, statements: s.statements, denials: s.denials } };
    }).concat(network.links.map(function (l, i) {
      return { group: 'edges', data: { id: 'link' + i, source: l.source, target: l.target, weight: l.shared.length, contested: l.contested ? 1 : 0, label: l.label } };
    }));
    speakerGraph = drawGraph(container, elements, 4, [
      { selector: 'node', style: {
        'width': 'mapData(statements, 1, ' + mostStatements + ', 22, 80)',
        'height': 'mapData(statements, 1, ' + mostStatements + ', 22, 80)' } },
      { selector: 'node[denials > 0]', style: { 'border-width': 4, 'border-color': denialColour } },
      { selector: 'node:selected', style: { 'underlay-color': '#2b6cb0', 'underlay-opacity': 0.3, 'underlay-padding': 8, 'underlay-shape': 'ellipse', 'font-weight': 'bold' } },
      { selector: 'edge', style: {
        'width': 'mapData(weight, 1, 6, 1, 6)', 'line-color': '#a0aec0', 'opacity': 0.7, 'curve-style': 'haystack' } },
      { selector: 'edge[contested = 1]', style: {
        'line-color': denialColour, 'line-style': 'dashed', 'opacity': 0.9, 'curve-style': 'bezier' } }
    ]);
    speakerGraph.on('tap', 'node', function (event) { showSpeaker(event.target.id()); });
    speakerGraph.on('mouseover', 'edge', function (event) { container.title = event.target.data('label'); });
    speakerGraph.on('mouseout', 'edge', function () { container.title = ''; });
    return run(speakerGraph, {
      name: 'cose', animate: false, randomize: false, padding: 30, numIter: 2500, gravity: 0.2, nodeOverlap: 40,
      nodeRepulsion: function () { return 1200000; },
      idealEdgeLength: function () { return 160; },
      edgeElasticity: function (edge) { return 40 + 20 * edge.data('weight'); }
    });
  }

  function listSpeakers() {
    var list = document.getElementById('speaker-list');
    var filter = document.getElementById('speaker-filter');
    network.speakers.forEach(function (s) {
      var button = el('button', null, name(s.entity));
      button.type = 'button';
      button.addEventListener('click', function () { showSpeaker(s.entity); panel.scrollIntoView({ block: 'nearest' }); });
      var item = el('li', null, button, ' ', el('span', 'hint', s.label));
      item.dataset.name = name(s.entity).toLowerCase();
      list.append(item);
    });
    filter.addEventListener('input', function () {
      var wanted = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(list.children, function (item) { item.hidden = wanted !== '' && item.dataset.name.indexOf(wanted) < 0; });
    });
    var legend = document.getElementById('legend');
    Object.keys(colours).forEach(function (type) {
      var item = el('li', null, type.replace(/([a-z])([A-Z])/g, '$1 $2'));
      item.style.setProperty('--swatch', colours[type]);
      legend.append(item);
    });
    var denial = el('li', null, 'denied something');
    denial.style.setProperty('--swatch', denialColour);
    legend.append(denial);
  }

  // Contested claims -----------------------------------------------------------------------

  function listClaims() {
    var host = document.getElementById('claims');
    note('claims-note', data.contested.note);
    if (data.contested.claims.length === 0) {
      host.append(el('p', 'hint', 'No subject is both stated and denied in this graph.'));
      return;
    }
    data.contested.claims.forEach(function (claim) {
      host.append(el('article', 'claim',
        el('h3', null, name(claim.subject)),
        el('p', 'hint', claim.label),
        el('div', 'sides',
          el('section', 'stated', el('h4', null, 'Stated'), statementList(pick(claim.stated), true)),
          el('section', 'denied', el('h4', null, 'Denied'), statementList(pick(claim.denied), true)))));
    });
  }

  // Timeline ----------------------------------------------------------------------------------

  function showTimeline(subject) {
    var list = document.getElementById('timeline-list');
    var groups = new Map();
    pick(subject.statements).forEach(function (s) {
      var date = articles.get(s.article).date;
      if (!groups.has(date)) groups.set(date, []);
      groups.get(date).push(s);
    });
    note('timeline-subject-note', subject.note);
    list.replaceChildren();
    groups.forEach(function (items, date) {
      list.append(el('li', null, el('time', null, date), statementList(items, true)));
    });
  }

  function listTimelines() {
    var select = document.getElementById('timeline-subject');
    var subjects = data.timelines.subjects;
    note('timeline-note', data.timelines.note);
    if (subjects.length === 0) {
      select.disabled = true;
      document.getElementById('timeline-list').append(el('li', 'hint', 'No statement names a subject yet.'));
      return;
    }
    subjects.forEach(function (t, i) {
      var option = el('option', null, t.label);
      option.value = String(i);
      select.append(option);
    });
    select.addEventListener('change', function () { showTimeline(subjects[Number(select.value)]); });
    showTimeline(subjects[0]);
  }

  // Places and training sites ------------------------------------------------------------------

  var placeGraph = null;

  function drawPlaces() {
    var container = document.getElementById('place-graph');
    var facts = document.getElementById('facts');
    var places = data.places;
    note('places-note', places.note);
    if (places.facts.length === 0) {
      container.hidden = true;
      facts.append(el('li', 'hint', 'No LOCATED_IN or TRAINED_AT fact in this graph.'));
      return Promise.resolve();
    }
    places.facts.forEach(function (f) {
      facts.append(el('li', null,
        name(f.from), f.type === 'TRAINED_AT' ? ' trained at ' : ' is located in ', name(f.to),
        f.source === 'gazetteer' ? el('span', 'evidence', 'GeoNames') : null,
        f.evidence ? el('span', 'evidence', '\u201c', f.evidence, '\u201d') : null,
        f.articles.length ? el('span', 'evidence', f.articles.join(' \u00b7 ')) : null));
    });
    var drawnFacts = places.facts.slice(0, places.drawn);
    var ids = new Set();
    drawnFacts.forEach(function (f) { ids.add(f.from); ids.add(f.to); });
    var elements = Array.from(ids).map(function (id) {
      return { group: 'nodes', data: { id: id, label: name(id), type: entities.get(id).type } };
    }).concat(drawnFacts.map(function (f, i) {
      return { group: 'edges', data: { id: 'fact' + i, source: f.from, target: f.to, type: f.type } };
    }));
    // A lower zoom limit than the network's: a small hierarchy is not blown up to giant labels.
    placeGraph = drawGraph(container, elements, 1.6, [
      { selector: 'node', style: { 'width': 18, 'height': 18, 'text-wrap': 'wrap', 'text-max-width': 110 } },
      { selector: 'edge', style: {
        'width': 2, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      { selector: 'edge[type = "TRAINED_AT"]', style: { 'line-style': 'dashed', 'line-color': '#dd6b20', 'target-arrow-color': '#dd6b20' } }
    ]);
    // Layered bottom to top, so every arrow climbs: troops below the sites where they trained, each
    // place below the one it is located in, countries at the top.
    return run(placeGraph, { name: 'dagre', rankDir: 'BT', nodeSep: 110, rankSep: 80, padding: 30, animate: false });
  }

  // Both graphs: labelled circles coloured by entity type, with their own styles on top.
  function drawGraph(container, elements, maxZoom, style) {
    return cytoscape({
      container: container,
      elements: elements,
      minZoom: 0.2,
      maxZoom: maxZoom,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-outline-color': '#fff', 'text-outline-width': 2,
          'background-color': function (n) { return colours[n.data('type')] || '#4a5568'; } } }
      ].concat(style)
    });
  }

  function run(graph, layout) {
    return new Promise(function (resolve) {
      var l = graph.layout(layout);
      l.one('layoutstop', function () { resolve(); });
      l.run();
    });
  }

  document.getElementById('headline').textContent = data.summary.headline;
  document.getElementById('generated').textContent = data.summary.generated;
  document.getElementById('network-note').textContent = network.note;
  listSpeakers();
  listClaims();
  listTimelines();
  Promise.all([drawSpeakers(), drawPlaces()]).then(function () {
    // Tests and other tools read the drawn graphs here once their layouts have settled.
    window.graphReport = { speakers: speakerGraph, places: placeGraph, showSpeaker: showSpeaker };
    document.body.dataset.ready = 'true';
  });
}());
