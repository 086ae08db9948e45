using Runner.Engine;

namespace Runner.Tests.TestSupport;

/// <summary>Keeps every output a session publishes, in order.</summary>
internal sealed class RecordingSink : IOutputSink
{
    private readonly List<CellOutput> _outputs = [];

    public IReadOnlyList<CellOutput> Outputs
    {
        get
        {
            lock (_outputs)
            {
                return _outputs.ToList();
            }
        }
    }

    public IEnumerable<DisplayOutput> Displays => Outputs.OfType<DisplayOutput>();

    public string Stdout => string.Concat(Outputs.OfType<StreamOutput>().Where(s => s.Name == StreamOutput.StandardOutput).Select(s => s.Text));

    public string Stderr => string.Concat(Outputs.OfType<StreamOutput>().Where(s => s.Name == StreamOutput.StandardError).Select(s => s.Text));

    public void Publish(CellOutput output)
    {
        lock (_outputs)
        {
            _outputs.Add(output);
        }
    }
}
