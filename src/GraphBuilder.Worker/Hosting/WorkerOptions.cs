using System.ComponentModel.DataAnnotations;
using GraphBuilder.Worker.Sources.Web;

namespace GraphBuilder.Worker.Hosting;

/// <summary>The long-running worker (<c>run</c>). Bound from "GraphBuilder:Worker".</summary>
public sealed class WorkerOptions : IValidatableObject
{
    public const string DefaultInputFolder = "seeds";
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DefaultRescanInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultStableFor = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan DefaultFeedInterval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DefaultPageRecheck = TimeSpan.FromHours(6);

    /// <summary>
    /// What the worker keeps in the graph: folders of articles and http(s) addresses of feeds (or of
    /// single pages). When empty, <see cref="InputFolder"/> alone.
    /// </summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>The folder of articles the worker keeps in the graph when <see cref="Sources"/> names none.</summary>
    [Required(AllowEmptyStrings = false)]
    public string InputFolder { get; set; } = DefaultInputFolder;

    /// <summary>How often everything is re-read and checked, whatever the file watcher saw.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RefreshInterval { get; set; } = DefaultRefreshInterval;

    /// <summary>How often the folder is listed for changes: the safety net for events the watcher drops.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan RescanInterval { get; set; } = DefaultRescanInterval;

    /// <summary>How long a file's size and time must stay the same before it is read (it may still be being written).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StableFor { get; set; } = DefaultStableFor;

    /// <summary>How often each feed is asked for news (a conditional request: an unchanged feed costs one short answer).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan FeedInterval { get; set; } = DefaultFeedInterval;

    /// <summary>
    /// How long a page already read is trusted: after this, it is asked again (conditionally) while its
    /// feed still lists it, and a changed page is written again. Sooner when its feed item says it was updated.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan PageRecheck { get; set; } = DefaultPageRecheck;

    /// <summary>The folders to watch.</summary>
    public IReadOnlyList<string> Folders => Sources.Count == 0 ? [InputFolder] : [.. Sources.Where(s => WebSources.Address(s) is null)];

    /// <summary>The feeds (and pages) to poll.</summary>
    public IReadOnlyList<Uri> Feeds => [.. Sources.Select(WebSources.Address).OfType<Uri>()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var source in Sources)
        {
            if (string.IsNullOrWhiteSpace(source))
                yield return new ValidationResult("Sources has an empty entry; name a folder or an http(s) address", [nameof(Sources)]);
            else if (WebSources.Address(source) is null && source.Contains("://", StringComparison.Ordinal))
                yield return new ValidationResult($"Sources: '{source}' is neither a folder nor an http(s) address", [nameof(Sources)]);
        }
    }
}
