using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Store;

/// <summary>Where the graph lives and how it is written. Bound from the "GraphBuilder:Neo4j" section.</summary>
public sealed class Neo4jOptions
{
    public const string DefaultUri = "http://127.0.0.1:7474";
    public const string DefaultUser = "neo4j";
    public const string DefaultDatabase = "neo4j";
    public const int DefaultBatchSize = 25;
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The HTTP address of the server: http://host:7474.</summary>
    [Required]
    public Uri Uri { get; set; } = new(DefaultUri);

    [Required]
    public string User { get; set; } = DefaultUser;

    /// <summary>Never logged. Empty for a server without authentication.</summary>
    public string Password { get; set; } = "";

    /// <summary>The database on Neo4j 4.x and 5.x; 3.x has one database and ignores it.</summary>
    [Required]
    public string Database { get; set; } = DefaultDatabase;

    /// <summary>Articles per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = DefaultBatchSize;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>Start the project's local Neo4j (scripts/neo4j-local.sh) when the configured loopback server does not answer.</summary>
    public bool StartLocal { get; set; } = true;
}
