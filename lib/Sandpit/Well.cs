namespace Calculus.Sandpit;

/// <summary>A round hollow in the sand, −d·exp(−‖p − c‖²/2s²): centre c = (X, Y), depth d and width s, in metres.</summary>
/// <param name="X">The centre's x.</param>
/// <param name="Y">The centre's y.</param>
/// <param name="Depth">d, how deep the hollow is at its centre.</param>
/// <param name="Width">s, the hollow's width (the standard deviation of the Gaussian).</param>
internal readonly record struct Well(double X, double Y, double Depth, double Width);
