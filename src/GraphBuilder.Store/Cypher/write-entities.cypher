// Upserts entities. Aliases are unioned, so an entity keeps every surface form any article gave it.
// Labels come from a fixed set through FOREACH, never from text.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name,
    e.type = row.type,
    e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN row.type = 'MilitaryUnit' THEN [1] ELSE [] END | SET e:MilitaryUnit)
FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Group)
