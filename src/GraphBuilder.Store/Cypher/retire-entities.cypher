// Entities the resolution no longer has (merged into another, split apart, or named by no article),
// once the rewritten articles no longer point at them; what the gazetteer says of them goes with them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE size([(e)-[r]-() WHERE coalesce(r.source, '') <> 'gazetteer' | r]) = 0
DETACH DELETE e
