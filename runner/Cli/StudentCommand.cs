using System.CommandLine;
using Runner.Notebooks;
using Spectre.Console;

namespace Runner.Cli;

/// <summary><c>student [PATHS...] [--verify]</c>: generates the learner notebooks from the instructor notebooks, or checks that the committed ones are current.</summary>
internal static class StudentCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Instructor notebooks (*.solution.ipynb) or folders of them (default: notebooks/).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var verify = new Option<bool>("--verify")
        {
            Description = "Write nothing; fail (exit 1) if a committed learner notebook differs from what would be generated.",
        };
        var command = new Command("student", "Generates each learner notebook (NN-topic.ipynb) from its instructor notebook (NN-topic.solution.ipynb).")
        {
            paths, verify,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(paths) is { Length: > 0 } given ? given : [RunSettings.DefaultNotebooksFolder], parsed.GetValue(verify)));
        return command;
    }

    private static int Execute(IReadOnlyList<string> paths, bool verify)
    {
        var console = AnsiConsole.Console;
        var (targets, problems) = NotebookPaths.Resolve(paths, RunSettings.DefaultOutDirectory, inPlace: true);
        var instructorNotebooks = targets.Where(t => t.SourcePath.EndsWith(LearnerCopy.SolutionSuffix, StringComparison.OrdinalIgnoreCase)).ToList();
        var badInput = problems.Where(p => !p.Contains("no .ipynb notebooks", StringComparison.Ordinal)).ToList();
        var stale = new List<string>();
        foreach (var target in instructorNotebooks)
        {
            string text;
            try
            {
                text = LearnerCopy.Generate(NotebookReader.Read(target.SourcePath));
            }
            catch (NotebookFormatException e)
            {
                badInput.Add(e.Message);
                continue;
            }

            var learnerPath = LearnerCopy.PathFor(target.SourcePath);
            var current = File.Exists(learnerPath) ? File.ReadAllText(learnerPath) : null;
            if (current == text)
            {
                console.WriteLine($"up to date  {learnerPath}");
            }
            else if (verify)
            {
                stale.Add(current is null ? $"{learnerPath} is missing" : $"{learnerPath} differs from what {target.SourcePath} generates");
            }
            else
            {
                NotebookFile.WriteAtomically(learnerPath, text);
                console.WriteLine($"generated   {learnerPath}");
            }
        }

        foreach (var problem in badInput)
        {
            console.MarkupLine($"[red]CANNOT GENERATE[/] {Markup.Escape(problem)}");
        }

        foreach (var line in stale)
        {
            console.MarkupLine($"[red]OUT OF DATE[/] {Markup.Escape(line)}; run 'runner student' and commit the result.");
        }

        console.WriteLine($"{instructorNotebooks.Count} instructor notebook(s); {stale.Count} learner notebook(s) out of date.");
        return badInput.Count > 0 ? ExitCodes.BadInput : stale.Count > 0 ? ExitCodes.CellFailed : ExitCodes.Success;
    }
}
