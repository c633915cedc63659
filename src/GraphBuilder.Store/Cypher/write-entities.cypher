// Upserts entities with the properties the resolution of the whole corpus gives them, replacing what
// was there: a merge unions aliases, a split takes them apart again. Labels come from a fixed set
// through FOREACH, never from text; a type that changed loses its old label.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name,
    e.type = row.type,
    e.aliases = row.aliases,
    e.titles = CASE WHEN size(row.titles) = 0 THEN null ELSE row.titles END,
    e.geonamesId = row.geonamesId
REMOVE e:Person:Organization:Place:Country:MilitaryUnit:Group
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN row.type = 'MilitaryUnit' THEN [1] ELSE [] END | SET e:MilitaryUnit)
FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Group)
