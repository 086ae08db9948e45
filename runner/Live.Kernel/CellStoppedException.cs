namespace Calculus.Live.Kernel;

/// <summary>A live cell ended by its time limit.</summary>
public sealed class CellStoppedException(string message) : Exception(message);
