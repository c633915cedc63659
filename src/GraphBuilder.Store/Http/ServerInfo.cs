namespace GraphBuilder.Store.Http;

/// <summary>What discovery found: the server version and where to commit transactions.</summary>
public sealed record ServerInfo(Version Version, string Edition, Uri CommitUri)
{
    /// <summary>Neo4j 4.4 and later write constraints as FOR … REQUIRE; earlier ones as ON … ASSERT.</summary>
    public bool HasModernSchemaSyntax => Version.Major >= 5 || (Version.Major == 4 && Version.Minor >= 4);
}
