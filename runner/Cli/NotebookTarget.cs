namespace Runner.Cli;

/// <summary>A notebook to run and where its executed copy goes.</summary>
internal sealed record NotebookTarget(string SourcePath, string OutputPath);
