// name: training-and-locations
// purpose: Which troops trained where, and the LOCATED_IN chain from each site up to its region and country.
// returns: troops, site, chain, evidence
MATCH (g:Entity)-[t:TRAINED_AT]->(site:Entity)
OPTIONAL MATCH up = (site)-[:LOCATED_IN*1..3]->(:Entity)
WITH g, site, t, up ORDER BY length(up) DESC
WITH g, site, collect(t.evidence)[0] AS evidence, collect(up)[0] AS longest
RETURN g.name AS troops, site.name AS site,
       CASE WHEN longest IS NULL THEN [site.name] ELSE [n IN nodes(longest) | n.name] END AS chain,
       evidence
ORDER BY troops, site
