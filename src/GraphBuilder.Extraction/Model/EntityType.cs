namespace GraphBuilder.Extraction.Model;

/// <summary>The kinds of real-world thing the graph holds.</summary>
public enum EntityType
{
    Person,
    Organization,
    Place,
    Country,
    MilitaryUnit,
    Group,
}
