using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Store.Writing;

/// <summary>
/// Rows of one create-* statement, which looks each entity and article its rows use up once: rows name
/// them by their position in the statement's lists (<c>$entities</c>, <c>$articles</c>) instead of by id.
/// One instance per statement: lists shared by a batch's statements made each look up them all.
/// </summary>
internal sealed class PositionalRows
{
    private readonly Positions _entities = new();
    private readonly Positions _articles = new();

    /// <summary>Adds the lists the rows point into; positions only grow, so rows made later still fit.</summary>
    public void AddLists(Dictionary<string, object?> parameters)
    {
        parameters["entities"] = _entities.Ids;
        parameters["articles"] = _articles.Ids;
    }

    public Dictionary<string, object?> Mention(MentionCount m) => new()
    {
        ["entity"] = _entities.Of(m.EntityId),
        ["article"] = _articles.Of(m.ArticleId),
        ["count"] = m.Count,
    };

    public Dictionary<string, object?> Statement(Statement s)
    {
        var row = Rows.Statement(s);
        row["speaker"] = _entities.Of(s.SpeakerId);
        row["article"] = _articles.Of(s.ArticleId);
        row["about"] = s.About.Distinct().Select(_entities.Of).ToList();
        return row;
    }

    public Dictionary<string, object?> Relation(Relation r)
    {
        var row = Rows.Relation(r);
        row["from"] = _entities.Of(r.FromId);
        row["to"] = _entities.Of(r.ToId);
        return row;
    }

    public Dictionary<string, object?> Role(Role r)
    {
        var row = Rows.Role(r);
        row["person"] = _entities.Of(r.PersonId);
        row["organization"] = _entities.Of(r.OrganizationId!);
        return row;
    }

    private sealed class Positions
    {
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

        public List<string> Ids { get; } = [];

        public int Of(string id)
        {
            if (!_positions.TryGetValue(id, out var position))
            {
                position = Ids.Count;
                _positions.Add(id, position);
                Ids.Add(id);
            }

            return position;
        }
    }
}
