namespace Calculus.Sandpit;

/// <summary>One ripple of a rough pit's bumps, A·sin(kx·x + ky·y + φ): amplitude A in metres, wave vector (kx, ky) in radians per metre.</summary>
/// <param name="Amplitude">A, the ripple's height.</param>
/// <param name="Kx">kx, the wave vector's x component.</param>
/// <param name="Ky">ky, the wave vector's y component.</param>
/// <param name="Phase">φ, the phase.</param>
internal readonly record struct Bump(double Amplitude, double Kx, double Ky, double Phase);
