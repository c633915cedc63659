// name: entity-profile
// purpose: One entity: its aliases, roles, GeoNames id, the places it is located in (GeoNames' own containment marked "(GeoNames)"), and its mentions by article.
// param: entity string — a name or alias (example: Lloyd Austin)
// returns: name, type, aliases, roles, geonamesId, locatedIn, mentions
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($entity)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))
OPTIONAL MATCH (e)-[r:HOLDS_ROLE]->(o:Entity)
WITH e, collect(DISTINCT r.title + ' (' + o.name + ')') AS roles
OPTIONAL MATCH (e)-[l:LOCATED_IN]->(p:Entity)
WITH e, roles, collect(DISTINCT p.name + CASE l.source WHEN 'gazetteer' THEN ' (GeoNames)' ELSE '' END) AS locatedIn
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, roles, locatedIn, a, m ORDER BY a.file
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, coalesce(e.titles, []) + roles AS roles,
       e.geonamesId AS geonamesId, locatedIn, collect(coalesce(a.title, a.file) + ': ' + toString(m.count)) AS mentions
