using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Worker.Hosting;

/// <summary>The long-running worker (<c>run</c>). Bound from "GraphBuilder:Worker".</summary>
public sealed class WorkerOptions
{
    public const string DefaultInputFolder = "seeds";
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DefaultRescanInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultStableFor = TimeSpan.FromSeconds(2);

    /// <summary>The folder of .txt articles the worker keeps in the graph.</summary>
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
}
