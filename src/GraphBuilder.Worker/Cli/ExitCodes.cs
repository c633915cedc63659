namespace GraphBuilder.Worker.Cli;

/// <summary>What a command's exit code tells a script or scheduler.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int NothingDone = 2;
}
