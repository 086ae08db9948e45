namespace Runner.Notebooks;

/// <summary>A notebook that cannot be run as it is: not JSON, not nbformat 4, a cell in another language, a magic command.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the error; <paramref name="message"/> starts with the notebook's path and says where and what.</summary>
    public NotebookFormatException(string path, string message)
        : base($"{path}: {message}")
    {
        NotebookPath = path;
    }

    /// <summary>The notebook the error is in, as the user named it.</summary>
    public string NotebookPath { get; }
}
