using GraphBuilder.Store.Reading;

namespace GraphBuilder.Report.Tests;

/// <summary>Small graphs as the store reads them back, written the way the tests talk about them.</summary>
internal static class Stored
{
    private static int _next;

    public static StoredEntity Person(string name) => new($"person:{Slug(name)}", name, "Person");

    public static StoredEntity Place(string name) => new($"place:{Slug(name)}", name, "Place");

    public static StoredEntity Country(string name) => new($"country:{Slug(name)}", name, "Country");

    public static ArticleSummary Article(string id, string? published = null, string? outlet = null, string? title = null) =>
        new(id, title ?? $"Title of {id}", outlet, published, $"{id}.txt");

    public static StoredStatement Said(StoredEntity speaker, string text, ArticleSummary article, params StoredEntity[] about) =>
        new($"s{Interlocked.Increment(ref _next)}", speaker, "stated", "say", text, article, about);

    public static StoredStatement Denied(StoredEntity speaker, string text, ArticleSummary article, params StoredEntity[] about) =>
        new($"s{Interlocked.Increment(ref _next)}", speaker, "denied", "deny", text, article, about);

    public static StoredGraph Graph(params StoredStatement[] statements) => new(statements, []);

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
