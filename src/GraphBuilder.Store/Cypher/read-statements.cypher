// Every statement with its speaker, article and subjects: what the HTML report is drawn from.
MATCH (speaker:Entity)-[:STATED|DENIED]->(s:Statement)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (s)-[:ABOUT]->(x:Entity)
WITH speaker, s, a, collect(x) AS subjects
RETURN s.id AS id, s.kind AS kind, s.verb AS verb, s.text AS text,
       [speaker.id, speaker.name, speaker.type] AS speaker,
       [a.id, a.title, a.outlet, a.published, a.file] AS article,
       [e IN subjects | [e.id, e.name, e.type]] AS about
ORDER BY a.id, s.start
