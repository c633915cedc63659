using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Stable entity ids: the same name always gives the same id, in any article.</summary>
internal static class Ids
{
    public static string For(EntityType type, string name) => Prefix(type) + ":" + Folding.Slug(name, collapseDoubles: type == EntityType.Person);

    public static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "org",
        EntityType.Place => "place",
        EntityType.Country => "country",
        EntityType.MilitaryUnit => "unit",
        _ => "group",
    };
}
