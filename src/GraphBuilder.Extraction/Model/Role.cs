namespace GraphBuilder.Extraction.Model;

/// <summary>A title a person holds, optionally at an organisation or country ("spokesperson", Kremlin).</summary>
public sealed record Role(string PersonId, string Title, string? OrganizationId, string ArticleId);
