namespace Runner.Cli;

/// <summary>The runner's exit codes, decided after every notebook has run.</summary>
internal static class ExitCodes
{
    /// <summary>Every cell passed.</summary>
    public const int Success = 0;

    /// <summary>Some cell failed (an error, a timeout, a crash, or a <c>raises-exception</c> cell that did not raise).</summary>
    public const int CellFailed = 1;

    /// <summary>Bad usage or unreadable input: a missing path, a file that is not a notebook the runner can execute.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted (Ctrl+C): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
