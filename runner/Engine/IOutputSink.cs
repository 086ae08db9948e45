namespace Runner.Engine;

/// <summary>Receives a cell's outputs as they are produced.</summary>
public interface IOutputSink
{
    /// <summary>Called once per output, in the order the cell produced them.</summary>
    void Publish(CellOutput output);
}
