using GraphBuilder.Extraction.Entities;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>A mention after in-article resolution. <see cref="Tentative"/> names are kept only if a later stage uses them.</summary>
internal sealed record ResolvedMention(EntityMention Mention, string Key, string Name, bool Tentative)
{
    public int First => Mention.First;

    public int End => Mention.End;

    public Model.EntityType Type => Mention.Type;
}
