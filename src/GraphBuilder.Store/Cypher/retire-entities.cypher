// Entities the resolution no longer has (merged into another, split apart, or named by no article),
// once the rewritten articles no longer point at them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)--()
DELETE e
