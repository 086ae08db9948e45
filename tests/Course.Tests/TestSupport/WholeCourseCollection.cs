namespace Course.Tests.TestSupport;

/// <summary>
/// Tests that run the whole course (in the runner, in the dotnet-interactive tool over Jupyter, or exported and opened in
/// Chromium). Each keeps both cores busy for minutes, so they take turns: run side by side on a 2-core machine, a page's
/// software-rendered 3-D figures took over 30 s to load.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WholeCourseCollection
{
    public const string Name = "Whole course";
}
