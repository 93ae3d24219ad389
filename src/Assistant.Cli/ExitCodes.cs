namespace Assistant.Cli;

/// <summary>The process exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work (for <c>ask</c>: passages were found).</summary>
    public const int Success = 0;

    /// <summary><c>ask</c>: the question is not covered by the sources, empty, or too long (a clear answer was printed).</summary>
    public const int NotCovered = 1;

    /// <summary>The command line was wrong (unknown command or option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>The knowledge folder is missing or invalid, or a named file cannot be read.</summary>
    public const int BadContent = 3;
}
