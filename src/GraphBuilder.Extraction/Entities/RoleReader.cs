using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Entities;

/// <summary>A title a person holds in an article, and where ("spokesperson" at the Kremlin).</summary>
internal sealed record PersonRole(string PersonKey, string Title, string? AffiliationKey);

/// <summary>
/// Reads people's roles from the words around their names: a title before the name ("Defense
/// Secretary"), a role before it ("Kremlin spokesperson"), or an appositive after it ("Kyrylo
/// Budanov, the head of Ukraine's Main Directorate of Intelligence").
/// </summary>
internal sealed class RoleReader(Lexicon lexicon)
{
    private const int MaxAppositiveTokens = 16;

    public List<PersonRole> Read(ArticleDocument doc, IReadOnlyList<ResolvedMention> mentions)
    {
        var roles = new List<PersonRole>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.Person || m.Tentative)
                continue;
            if (m.Mention.Title is { } title)
                roles.Add(new PersonRole(m.Key, title, m.Mention.AffiliationKey));
            if (RoleBefore(doc, mentions, i) is { } before)
                roles.Add(before);
            if (Appositive(doc, mentions, i) is { } after)
                roles.Add(after);
        }

        return roles;
    }

    private PersonRole? RoleBefore(ArticleDocument doc, IReadOnlyList<ResolvedMention> mentions, int index)
    {
        var m = mentions[index];
        var k = m.First - 1;
        var sentence = doc.Tokens[m.First].Sentence;
        while (k >= 0 && doc.Tokens[k].Sentence == sentence && doc.Tokens[k].Kind == TokenKind.Word && char.IsLower(doc.Text[doc.Tokens[k].Start]) && m.First - k <= 3)
            k--;
        if (k == m.First - 1)
            return null;
        var words = doc.Slice(doc.Tokens[k + 1].Start, doc.Tokens[m.First - 1].End);
        if (!lexicon.RoleNouns.Contains(doc.Span(doc.Tokens[m.First - 1]).ToString()))
            return null;
        var owner = index > 0 && mentions[index - 1].End == k + 1 && mentions[index - 1].Type is not EntityType.Person ? mentions[index - 1].Key : null;
        return new PersonRole(m.Key, words, owner);
    }

    private PersonRole? Appositive(ArticleDocument doc, IReadOnlyList<ResolvedMention> mentions, int index)
    {
        var m = mentions[index];
        var sentence = doc.Sentences[doc.Tokens[m.First].Sentence];
        var k = m.End;
        if (k + 1 >= sentence.EndToken || !doc.Is(k, ","))
            return null;
        k++;
        if (doc.Is(k, "the") || doc.Is(k, "a") || doc.Is(k, "an"))
            k++;
        var start = k;
        var roleEnd = -1;
        while (k < sentence.EndToken && k - start < MaxAppositiveTokens && !doc.Is(k, ",") && !doc.Is(k, "."))
        {
            if (lexicon.RoleNouns.Contains(doc.Span(doc.Tokens[k]).ToString()))
                roleEnd = k;
            else if (roleEnd >= 0 && !IsRoleConnector(doc, k))
                break;
            k++;
        }

        if (roleEnd < 0)
            return null;
        var appositiveEnd = k;
        string? owner = null;
        foreach (var other in mentions)
        {
            if (other.First > roleEnd && other.End <= appositiveEnd && other.Type is EntityType.Organization or EntityType.MilitaryUnit)
            {
                owner = other.Key;
                break;
            }
        }

        return new PersonRole(m.Key, doc.Slice(doc.Tokens[start].Start, doc.Tokens[roleEnd].End), owner);
    }

    private static bool IsRoleConnector(ArticleDocument doc, int k) =>
        doc.Is(k, "of") || doc.Is(k, "for") || doc.Is(k, "at") || doc.Is(k, "the") || doc.Is(k, "and") || doc.Is(k, "in")
        || doc.Tokens[k].Kind == TokenKind.Word && (char.IsUpper(doc.Text[doc.Tokens[k].Start]) || EntityRecognizer.IsPossessiveMark(doc, k));
}
