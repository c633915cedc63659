using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Store.Writing;

/// <summary>The allow-list of relationship type names the store writes.</summary>
public static class RelationTypes
{
    public static string Name(RelationType type) => type switch
    {
        RelationType.LocatedIn => "LOCATED_IN",
        RelationType.TrainedAt => "TRAINED_AT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a relationship type the store writes."),
    };
}
