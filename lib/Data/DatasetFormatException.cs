namespace Calculus.Data;

/// <summary>A dataset file that cannot be read: the message names the file, the line and what was expected.</summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the error for <paramref name="path"/> at 1-based <paramref name="line"/>.</summary>
    public DatasetFormatException(string path, int line, string message, Exception? innerException = null)
        : base($"{path}, line {line}: {message}", innerException)
    {
        FilePath = path;
        Line = line;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line of the file where the problem is.</summary>
    public int Line { get; }
}
