namespace Calculus.Sandpit;

/// <summary>Which sandpit a game is played in: how the hidden surface z(x, y) is made.</summary>
public enum SandpitKind
{
    /// <summary>A smooth bowl, z = a·u² + b·v² − D along tilted axes u, v: one minimum, and downhill always leads to it.</summary>
    Simple,

    /// <summary>A shallow bowl with several hollows, z = bowl − Σ dₖ·exp(−‖p − cₖ‖²/2sₖ²): local minima where a learner can get stuck, and one deepest.</summary>
    ManyMinima,

    /// <summary>A bowl covered in bumps, z = bowl + m(p)·Σ Aⱼ·sin(kⱼ·p + φⱼ), smooth only in a hollow round the phone: many small local minima.</summary>
    Rough,
}
