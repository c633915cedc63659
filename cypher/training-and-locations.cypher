// name: training-and-locations
// purpose: Which troops trained where, and the LOCATED_IN chain from each site up to its region and country, each step marked 'text' (an article says so) or 'gazetteer' (GeoNames does).
// returns: troops, site, chain, sources, evidence
MATCH (g:Entity)-[t:TRAINED_AT]->(site:Entity)
OPTIONAL MATCH up = (site)-[:LOCATED_IN*1..3]->(:Entity)
WITH g, site, t, up ORDER BY length(up) DESC
WITH g, site, collect(t.evidence)[0] AS evidence, collect(up)[0] AS longest
RETURN g.name AS troops, site.name AS site,
       CASE WHEN longest IS NULL THEN [site.name] ELSE [n IN nodes(longest) | n.name] END AS chain,
       CASE WHEN longest IS NULL THEN [] ELSE [r IN relationships(longest) | coalesce(r.source, 'text')] END AS sources,
       evidence
ORDER BY troops, site
