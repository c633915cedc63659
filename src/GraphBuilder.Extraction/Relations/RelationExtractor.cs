using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Relations;

/// <summary>A relation between two entity keys, found in one sentence.</summary>
internal sealed record FoundRelation(RelationType Type, string From, string To, int Sentence);

/// <summary>
/// LOCATED_IN from the constructions the recogniser saw ("Russia's Kursk region", "Wonsan, North
/// Korea", "Kursk, a Russian territory", "eastern Russia"); TRAINED_AT from a training word
/// followed by "in/at/near" a place ("training sites in Vladivostok") or preceded by "to X for
/// training", for the troops named in the sentence or, failing that, the troops last named.
/// </summary>
internal sealed class RelationExtractor
{
    private const int TrainingWindow = 8;

    public List<FoundRelation> Extract(ArticleDocument doc, IReadOnlyList<ResolvedMention> mentions)
    {
        var found = new List<FoundRelation>();
        foreach (var m in mentions)
        {
            if (m.Mention.ContainerKey is { } container && !m.Tentative && container != m.Key)
                found.Add(new FoundRelation(RelationType.LocatedIn, m.Key, container, doc.Tokens[m.First].Sentence));
        }

        string? lastGroup = null;
        var next = 0;
        foreach (var sentence in doc.Sentences)
        {
            string? groupHere = null;
            while (next < mentions.Count && mentions[next].First < sentence.EndToken)
            {
                if (mentions[next].Type == EntityType.Group)
                    groupHere ??= mentions[next].Key;
                next++;
            }

            var troops = groupHere ?? lastGroup;
            if (troops is not null && TrainingPlace(doc, mentions, sentence) is { } place)
                found.Add(new FoundRelation(RelationType.TrainedAt, troops, place, sentence.Index));
            lastGroup = groupHere ?? lastGroup;
        }

        return found;
    }

    private static string? TrainingPlace(ArticleDocument doc, IReadOnlyList<ResolvedMention> mentions, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = doc.Span(doc.Tokens[t]);
            if (doc.Tokens[t].InQuote || !word.StartsWith("train", StringComparison.Ordinal) || word.StartsWith("trainer", StringComparison.Ordinal))
                continue;
            // "boarded a train in Vladivostok": after a determiner, "train" is the vehicle.
            if (word is "train" or "trains" && t > sentence.FirstToken && Descriptors.Determiners.Contains(doc.Span(doc.Tokens[t - 1]).ToString()))
                continue;
            for (var k = t + 1; k < Math.Min(sentence.EndToken, t + TrainingWindow); k++)
            {
                if ((doc.Is(k, "in") || doc.Is(k, "at") || doc.Is(k, "near")) && PlaceAfter(doc, mentions, k + 1, sentence) is { } place)
                    return place;
            }

            // "traveled to Russia for military training"
            var f = t - 1;
            while (f > sentence.FirstToken && !doc.Is(f, "for") && t - f <= 3)
                f--;
            if (doc.Is(f, "for") && f > sentence.FirstToken && PlaceEndingAt(mentions, f) is { } before)
                return before;
        }

        return null;
    }

    private static string? PlaceAfter(ArticleDocument doc, IReadOnlyList<ResolvedMention> mentions, int from, Sentence sentence)
    {
        for (var k = from; k < Math.Min(sentence.EndToken, from + 3); k++)
        {
            var candidates = mentions.Where(m => m.First == k && m.Type is EntityType.Place or EntityType.Country && !m.Tentative).ToList();
            if (candidates.Count == 0)
                continue;
            var best = candidates.OrderByDescending(m => m.Type == EntityType.Place).ThenByDescending(m => m.End).First();
            // "Russia's Far East": the possessed place is the more precise one.
            var possessed = mentions.FirstOrDefault(m => m.First > best.First && m.First <= best.End + 2 && m.Mention.ContainerKey == best.Key && !m.Tentative);
            return (possessed ?? best).Key;
        }

        return null;
    }

    private static string? PlaceEndingAt(IReadOnlyList<ResolvedMention> mentions, int end) =>
        mentions.LastOrDefault(m => m.End == end && m.Type is EntityType.Place or EntityType.Country && !m.Tentative)?.Key;
}
