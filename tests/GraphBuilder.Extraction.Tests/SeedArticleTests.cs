using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Tests;

/// <summary>The seed articles' key facts, pinned so a rule change that loses one is noticed.</summary>
public class SeedArticleTests
{
    private static readonly Lazy<CorpusSnapshot> Seeds = new(() =>
    {
        var corpus = new CorpusGraph();
        var extractor = new RuleBasedArticleExtractor();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            corpus.Add(extractor.Extract(new ArticleText(Path.GetFileName(file), File.ReadAllText(file))));
        return corpus.Build();
    });

    private static Entity Named(string name) => Seeds.Value.Entities.Single(e => e.Name == name || e.Aliases.Contains(name));

    private static IEnumerable<Statement> By(string name) => Seeds.Value.Statements.Where(s => s.SpeakerId == Named(name).Id);

    [Theory]
    [InlineData("Lloyd Austin", "there is evidence")]
    [InlineData("John Kirby", "first tranche of about 3,000")]
    [InlineData("NIS", "12,000 troops")]
    [InlineData("Kyrylo Budanov", "could arrive as early as Wednesday")]
    [InlineData("Zelenskyy", "we know how to respond")]
    [InlineData("Dmitry Peskov", "South Korea says one thing")]
    [InlineData("Maria Zakharova", "anti-Russian hysteria")]
    [InlineData("Frank Ledwidge", "artillery power")]
    [InlineData("Phillips O'Brien", "Korean formations")]
    public void Seeds_Speaker_HasTheirOwnQuote(string speaker, string words) =>
        By(speaker).ShouldContain(s => s.Text.Contains(words, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Seeds_Austin_IsQuotedInEveryArticle() =>
        By("Lloyd Austin").Select(s => s.ArticleId).Distinct().Count().ShouldBe(5);

    [Fact]
    public void Seeds_NorthKorea_DeniesGroundlessRumors() =>
        By("North Korea").ShouldContain(s => s.Kind == StatementKind.Denied && s.Text.Contains("groundless rumors", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kursk", "Russia")]
    [InlineData("Wonsan", "North Korea")]
    [InlineData("Donetsk", "Ukraine")]
    public void Seeds_Place_IsLocatedInItsCountry(string place, string country) =>
        Seeds.Value.Relations.ShouldContain(r => r.Type == RelationType.LocatedIn && r.FromId == Named(place).Id && r.ToId == Named(country).Id);

    [Fact]
    public void Seeds_NorthKoreanTroops_AreTrainedInEasternRussiaOrVladivostok() =>
        Seeds.Value.Relations.Where(r => r.Type == RelationType.TrainedAt && r.FromId == Named("North Korean troops").Id)
            .Select(r => r.ToId).ShouldContain(id => id == Named("Vladivostok").Id || id == Named("Eastern Russia").Id);

    [Theory]
    [InlineData("Lloyd J. Austin III", "Lloyd Austin")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("South Korean intelligence service", "NIS")]
    [InlineData("DPRK", "North Korea")]
    [InlineData("Russia's Kursk region", "Kursk")]
    public void Seeds_SurfaceForms_ResolveToOneEntity(string alias, string other) =>
        Named(alias).Id.ShouldBe(Named(other).Id);

    [Fact]
    public void Seeds_Austin_IsNotAPlace() =>
        Seeds.Value.Entities.ShouldNotContain(e => e.Type == EntityType.Place && e.Name == "Austin");
}
